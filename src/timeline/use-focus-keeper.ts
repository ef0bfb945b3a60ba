import { useMemo, useRef, useState } from 'react';
import { useLatest } from '../ui/use-latest';

const itemSelector = (id: string) => `[data-event-id="${CSS.escape(id)}"]`;

/**
 * Scrolls the lanes just enough to show an element below the sticky axis, vertically only:
 * focus() would also scroll the lanes' clipped panel sideways, which vis-timeline does not expect.
 */
export function scrollIntoLanes(scroll: HTMLElement | null, el: HTMLElement): void {
  if (!scroll) return;
  const header = scroll.querySelector<HTMLElement>('.tl-header')?.offsetHeight ?? 0;
  const box = scroll.getBoundingClientRect();
  const item = el.getBoundingClientRect();
  const margin = 8;
  if (item.top < box.top + header + margin) scroll.scrollTop -= box.top + header + margin - item.top;
  else if (item.bottom > box.bottom - margin) scroll.scrollTop += item.bottom - (box.bottom - margin);
}

/**
 * Where keyboard focus is in the timeline, and keeping it there: an event focused while it is not
 * drawn (in a cluster, out of the window) is focused once a draw has put it there, and focus that
 * a redraw took away (vis-timeline rebuilds an item it updates) is put back. Shared by the
 * preview and the engine, which both report their draws.
 */
export function useFocusKeeper() {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /** The timeline has keyboard focus, or had it until a redraw took it away. */
  const holds = useRef(false);
  /** An event to focus as soon as it is drawn. */
  const pending = useRef<string | null>(null);
  const current = useLatest(focusedId);

  const actions = useMemo(() => {
    const focusIn = (root: HTMLElement | null, scroll: HTMLElement | null, id: string): boolean => {
      const el = root?.querySelector<HTMLElement>(itemSelector(id));
      if (!el) return false;
      el.focus({ preventScroll: true });
      scrollIntoLanes(scroll, el);
      return document.activeElement === el;
    };
    return {
      setFocusedId,
      holds,
      /** Focuses an event now if it is drawn, else after the draw that draws it. */
      focusEvent: (root: HTMLElement | null, scroll: HTMLElement | null, id: string) => {
        setFocusedId(id);
        holds.current = true;
        pending.current = focusIn(root, scroll, id) ? null : id;
      },
      afterDraw: (root: HTMLElement | null, scroll: HTMLElement | null) => {
        const wanted = pending.current;
        if (wanted !== null) {
          if (focusIn(root, scroll, wanted)) pending.current = null;
          return;
        }
        const id = current.current;
        const lost = !document.activeElement || document.activeElement === document.body;
        if (holds.current && lost && id !== null) focusIn(root, scroll, id);
      },
      onFocusIn: (target: Element) => {
        holds.current = true;
        const id = target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
        if (id !== undefined) setFocusedId(id);
      },
      /** Focus left for another control: not lost to a redraw, which leaves no related target. */
      onFocusOut: (to: Node | null, container: HTMLElement) => {
        if (to && !container.contains(to)) holds.current = false;
      },
    };
  }, [current]);

  return { focusedId, ...actions };
}

export type FocusKeeper = ReturnType<typeof useFocusKeeper>;
