import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * An element's inner width in whole pixels, kept current as it resizes; 0 until measured (and
 * where ResizeObserver is missing, as in jsdom). Rounded, so sub-pixel layout jitter does not
 * re-render the strip.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observer reports the first size as soon as it observes, so no measuring here.
    const observer = new ResizeObserver(() => setWidth(Math.round(element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
