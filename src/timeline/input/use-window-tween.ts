import { useCallback, useEffect, useRef } from 'react';
import type { TimeWindow } from '../../state/slices';

const DURATION_MS = 320;
const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Glides the shown window from one to another over a third of a second, frame by frame, for the
 * preview and the engine alike (the view hands each frame to both); at once for readers who
 * prefer reduced motion. `show` gets every frame, `done` is called once at the end.
 */
export function useWindowTween(show: (w: TimeWindow) => void) {
  const frame = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const glide = useCallback(
    (from: TimeWindow, to: TimeWindow, done: () => void) => {
      stop();
      if (prefersReducedMotion()) {
        done();
        return;
      }
      // The glide's first window is shown at once: the view (and aria-busy) never shows the
      // destination for a frame before the glide sets out from where it was.
      show(from);
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min((now - start) / DURATION_MS, 1);
        const k = ease(t);
        show({ from: from.from + (to.from - from.from) * k, to: from.to + (to.to - from.to) * k });
        if (t < 1) frame.current = requestAnimationFrame(step);
        else {
          frame.current = null;
          done();
        }
      };
      frame.current = requestAnimationFrame(step);
    },
    [show, stop],
  );
  return { glide, stop };
}
