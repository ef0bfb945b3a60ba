import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the pointer has rested for `delay` ms over `ref` (and nothing in it holds focus
 * from the keyboard): the room's controls then fade, as a slideshow's do, and come back when the
 * pointer moves, a finger touches, or focus reaches them. Keys do not wake them: a clicker
 * sends keys, and stepping must not put the controls back on the projector.
 */
export function useIdle(ref: RefObject<HTMLElement | null>, delay: number, enabled = true): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const root = ref.current;
    if (!root || !enabled) return;
    let timer = 0;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), delay);
    };
    // Focus on a control keeps them up for as long as it stays there; leaving restarts the pause.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target === root) {
        wake();
        return;
      }
      setIdle(false);
      window.clearTimeout(timer);
    };
    wake();
    root.addEventListener('pointermove', wake);
    root.addEventListener('pointerdown', wake);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', wake);
    return () => {
      window.clearTimeout(timer);
      root.removeEventListener('pointermove', wake);
      root.removeEventListener('pointerdown', wake);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', wake);
    };
  }, [ref, delay, enabled]);
  return enabled && idle;
}
