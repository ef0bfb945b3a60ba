import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps `--header-height` on the page at the header's height, which changes as it wraps: the
 * timeline view fills exactly the screen below it (app/styles.css, .main--fill).
 */
export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const write = () => document.documentElement.style.setProperty('--header-height', `${el.offsetHeight}px`);
    write();
    const observer = new ResizeObserver(write);
    observer.observe(el);
    return () => observer.disconnect();
  }, [header]);
}
