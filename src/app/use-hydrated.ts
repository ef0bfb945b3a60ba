import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React adopts the page frame prerendered into index.html (and when that frame is
 * rendered at build time), true from the render after. What the frame does not show waits for
 * true, so React's first render matches the HTML and keeps its elements rather than drawing them
 * again: the header the browser has already painted stays the page's largest paint.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
