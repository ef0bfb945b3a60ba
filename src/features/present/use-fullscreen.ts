import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Whether this browser lets a page go full screen at all (iPhone Safari and some embeds do not). */
export function fullscreenSupported(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

/**
 * Full screen for one element, the present root: the projector shows the slide and nothing of
 * the browser. `toggle` reports false when the browser refused, so the caller can say so.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    const element = ref.current;
    const onChange = () => setActive(element !== null && document.fullscreenElement === element);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      // Leaving present mode must not leave the browser stuck in full screen on an empty element.
      if (element !== null && document.fullscreenElement === element) {
        void document.exitFullscreen().catch(() => undefined);
      }
    };
  }, [ref]);

  const toggle = useCallback(async (): Promise<boolean> => {
    const element = ref.current;
    if (!element || !fullscreenSupported()) return false;
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await element.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      return false;
    }
  }, [ref]);

  return { active, toggle };
}
