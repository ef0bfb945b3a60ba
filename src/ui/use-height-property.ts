import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a CSS custom property at an element's height as drawn, which changes as it wraps: set on
 * `target` (the page's root element when none is given), for styles that must leave it room.
 * Where ResizeObserver is missing (jsdom), it is written once.
 */
export function useHeightProperty(
  source: RefObject<HTMLElement | null>,
  property: string,
  target?: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const el = source.current;
    const on = target ? target.current : document.documentElement;
    if (!el || !on) return;
    const write = () => on.style.setProperty(property, `${el.offsetHeight}px`);
    write();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(write);
    observer.observe(el);
    return () => observer.disconnect();
  }, [source, property, target]);
}
