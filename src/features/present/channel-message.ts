/** The BroadcastChannel the main (room) window and the presenter window share. */
export const PRESENT_CHANNEL = 'oppositions-present';

/** "This window is now on step n of tour t." `sender` tells a window its own messages apart. */
export interface StepMessage {
  tour: string;
  step: number;
  sender?: string;
}

/** Anything can arrive on a channel another tab opened: only a well-formed step is taken. */
export function parseStepMessage(data: unknown): StepMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { tour, step, sender } = data as Record<string, unknown>;
  if (typeof tour !== 'string' || typeof step !== 'number' || !Number.isInteger(step) || step < 1)
    return null;
  return typeof sender === 'string' ? { tour, step, sender } : { tour, step };
}
