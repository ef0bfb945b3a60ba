/**
 * The preview gives way to vis-timeline in steps, one state at a time (the README's "A preview
 * instead of vis-timeline's first draw"):
 *
 *   preview ──reach──▶ loading ──loaded──▶ drawing ──drawn──▶ live
 *      ▲                  │                    │                  │
 *      └──load-failed─────┘                    │                  │ press (one that came before
 *                                              │                  │ the swap was drawn)
 *                  drawn, while a press on the │                  │
 *                  preview lasts               ▼                  │
 *                                           waiting ◀─────────────┘
 *                                              │
 *                                              └──release──▶ live
 *
 * The preview is drawn and answers input in every state but `live`; the engine is built in
 * `drawing`, out of sight under the preview, and takes its place in `live`. A press that began
 * on the preview holds the swap until its click has landed there (`waiting`).
 */
export type HandoverPhase = 'preview' | 'loading' | 'drawing' | 'waiting' | 'live';

export interface HandoverState {
  phase: HandoverPhase;
  /** A pointer is down on the preview: its click must land before the preview goes. */
  pressing: boolean;
}

export type HandoverEvent =
  /** The reader reached for the timeline: a pointer over it, a touch, the wheel, focus, a key. */
  | { type: 'reach' }
  /** The engine's code is in and the engine is built, drawing out of sight. */
  | { type: 'loaded' }
  /** Its code could not be had (offline, say): the preview stays; the next reach tries again. */
  | { type: 'load-failed' }
  /** The engine has drawn for the first time. */
  | { type: 'drawn' }
  /**
   * A pointer went down on the preview. Sent only while the preview is drawn, so one that finds
   * the state `live` came after `drawn` was sent but before the swap was drawn: it still landed on
   * the preview, whose click must land too.
   */
  | { type: 'press' }
  | { type: 'release' };

export const INITIAL_HANDOVER: HandoverState = { phase: 'preview', pressing: false };

export function handover(state: HandoverState, event: HandoverEvent): HandoverState {
  const { phase } = state;
  switch (event.type) {
    case 'reach':
      return phase === 'preview' ? { ...state, phase: 'loading' } : state;
    case 'loaded':
      return phase === 'loading' ? { ...state, phase: 'drawing' } : state;
    case 'load-failed':
      return phase === 'loading' ? { ...state, phase: 'preview' } : state;
    case 'drawn':
      if (phase !== 'drawing') return state;
      return { ...state, phase: state.pressing ? 'waiting' : 'live' };
    case 'press':
      return phase === 'live' ? { phase: 'waiting', pressing: true } : { ...state, pressing: true };
    case 'release':
      return { phase: phase === 'waiting' ? 'live' : phase, pressing: false };
  }
}

/** Whether the preview is what the reader sees and uses. */
export const previewShown = (state: HandoverState) => state.phase !== 'live';
/** Whether the engine should exist (built, drawing or shown). */
export const engineWanted = (state: HandoverState) => state.phase !== 'preview';
