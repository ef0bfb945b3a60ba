import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { PRESENT_CHANNEL, parseStepMessage, type StepMessage } from './channel-message';

// One id per window (not per mount), so a window ignores its own echoes even across remounts.
// Math.random rather than crypto.randomUUID, which is missing on plain-http classroom servers.
const SENDER = Math.random().toString(36).slice(2);

/**
 * Keeps the room window and the presenter window on the same step. A window broadcasts only
 * the steps its own reader chose (the returned function); a step that arrives is applied and
 * not sent back, so two windows stepping at once can never bounce a step between them.
 */
export function useStepChannel(
  tour: string | null,
  onRemoteStep: (step: number) => void,
): (step: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const receive = useEffectEvent((message: StepMessage) => {
    if (message.tour === tour && message.sender !== SENDER) onRemoteStep(message.step);
  });

  useEffect(() => {
    if (tour === null || typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(PRESENT_CHANNEL);
    opened.onmessage = (e: MessageEvent<unknown>) => {
      const message = parseStepMessage(e.data);
      if (message) receive(message);
    };
    channel.current = opened;
    return () => {
      opened.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [tour]);

  return useCallback(
    (step: number) => {
      if (tour === null) return;
      const message: StepMessage = { tour, step, sender: SENDER };
      channel.current?.postMessage(message);
    },
    [tour],
  );
}
