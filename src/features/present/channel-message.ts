/** The BroadcastChannel the main (room) window and the presenter window share. */
export const PRESENT_CHANNEL = 'oppositions-present';

/**
 * "This window is now on step n of tour t", and whether the room is blank (absent: unchanged).
 * `sender` tells a window its own messages apart.
 */
export interface StepMessage {
  tour: string;
  step: number;
  blank?: boolean;
  sender?: string;
  /** An answer to a window's hello: where the tour stood when the hello arrived. */
  reply?: true;
}

/** A window that has just opened asks the others where the tour stands; they answer with a StepMessage. */
export interface HelloMessage {
  tour: string;
  hello: true;
  sender?: string;
}

const fields = (data: unknown): Record<string, unknown> | null =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;

/** Anything can arrive on a channel another tab opened: only a well-formed step is taken. */
export function parseStepMessage(data: unknown): StepMessage | null {
  const f = fields(data);
  if (!f) return null;
  const { tour, step, blank, sender, reply } = f;
  if (typeof tour !== 'string' || typeof step !== 'number' || !Number.isInteger(step) || step < 1)
    return null;
  return {
    tour,
    step,
    ...(typeof blank === 'boolean' && { blank }),
    ...(typeof sender === 'string' && { sender }),
    ...(reply === true && { reply: true as const }),
  };
}

export function parseHelloMessage(data: unknown): HelloMessage | null {
  const f = fields(data);
  if (!f || typeof f.tour !== 'string' || f.hello !== true) return null;
  return typeof f.sender === 'string'
    ? { tour: f.tour, hello: true, sender: f.sender }
    : { tour: f.tour, hello: true };
}
