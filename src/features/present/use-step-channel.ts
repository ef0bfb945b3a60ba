import { useCallback, useEffectEvent, useLayoutEffect, useRef } from 'react';
import {
  PRESENT_CHANNEL,
  parseHelloMessage,
  parseStepMessage,
  type HelloMessage,
  type StepMessage,
} from './channel-message';

// One id per window (not per mount), so a window ignores its own echoes even across remounts.
// Math.random rather than crypto.randomUUID, which is missing on plain-http classroom servers.
const SENDER = Math.random().toString(36).slice(2);

/** Where a window's tour stands: its step, and whether the room is blank. */
export interface TourState {
  step: number;
  blank: boolean;
}

/**
 * Keeps the room window and the presenter window on the same step, and blank together. A window
 * broadcasts only the changes its own reader made (the returned function); a change that arrives
 * is applied and not sent back, so two windows stepping at once can never bounce a step between
 * them. A window that opens asks the others where the tour stands, so a presenter window opened
 * on a blank room shows it blank.
 */
export function useStepChannel(
  tour: string | null,
  current: TourState,
  onRemote: (state: { step: number; blank?: boolean }) => void,
): (state: TourState) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  /**
   * This window's reader has changed the step or the blank since it said hello. An answer to the
   * hello then tells of an older state: applied, it would undo that change here while the other
   * window keeps it (a presenter pressing B at once saw "the room shows step 3" over a black room).
   */
  const changedSinceHello = useRef(false);
  const receive = useEffectEvent((message: StepMessage) => {
    if (message.tour !== tour || message.sender === SENDER) return;
    if (message.reply && changedSinceHello.current) return;
    onRemote(message);
  });
  const answer = useEffectEvent((hello: HelloMessage, opened: BroadcastChannel) => {
    if (hello.tour !== tour || hello.sender === SENDER) return;
    const message: StepMessage = { tour, ...current, sender: SENDER, reply: true };
    opened.postMessage(message);
  });

  // Opened as the tour is committed, before the browser paints it or answers any key: opened after
  // the paint (an ordinary effect), a B pressed as the presenter window drew its tour was sent to
  // no channel, and that window said "the room is blank" over a room still showing its step.
  useLayoutEffect(() => {
    if (tour === null || typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(PRESENT_CHANNEL);
    opened.onmessage = (e: MessageEvent<unknown>) => {
      const message = parseStepMessage(e.data);
      if (message) receive(message);
      const hello = parseHelloMessage(e.data);
      if (hello) answer(hello, opened);
    };
    channel.current = opened;
    changedSinceHello.current = false;
    const hello: HelloMessage = { tour, hello: true, sender: SENDER };
    opened.postMessage(hello);
    return () => {
      opened.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [tour]);

  return useCallback(
    (state: TourState) => {
      if (tour === null) return;
      const message: StepMessage = { tour, ...state, sender: SENDER };
      changedSinceHello.current = true;
      channel.current?.postMessage(message);
    },
    [tour],
  );
}
