import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { View } from '../state/view';

/**
 * When the view changes under the control that asked for it (a faction card's "Show events", whose
 * card goes with the factions view), focus would fall to <body> and the page keep the old view's
 * scroll: the new view is then entered from its start, focus on <main>. Controls that outlive the
 * change (the navigation's links) keep focus, and views that place focus themselves (an opened
 * event's heading) are left alone, as the check runs after their effects.
 */
export function useFocusAfterViewChange(view: View | null, main: RefObject<HTMLElement | null>): void {
  const previous = useRef(view);
  // The timeline fills the screen and never scrolls the page: entered from a view scrolled far
  // down (an event marker some 3,000 px down the source text), the page kept that scroll, and the
  // reader saw an empty screen with the opened event's focused heading far above it. Set before
  // the first paint of the new view.
  useLayoutEffect(() => {
    if (view === 'timeline' && previous.current !== null && previous.current !== view) window.scrollTo(0, 0);
  }, [view]);
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (before === null || view === null || before === view) return;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      window.scrollTo(0, 0);
      main.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [view, main]);
}
