import { useEffect, useMemo, useRef, useState } from 'react';

/** What has keyboard focus in the timeline: an event's item, or a cluster's badge. */
export interface FocusedItem {
  kind: 'event' | 'cluster';
  id: string;
  /**
   * A cluster's earliest event: where focus goes when a redraw leaves no cluster of that id (a
   * zoom that spread its events out), rather than staying on the page's body.
   */
  first?: string | undefined;
}

const selectorFor = ({ kind, id }: FocusedItem) =>
  kind === 'event' ? `[data-event-id="${CSS.escape(id)}"]` : `[data-cluster-id="${CSS.escape(id)}"]`;

/**
 * Scrolls the lanes just enough to show an element below the sticky axis, vertically only:
 * focus() would also scroll the lanes' clipped panel sideways, which vis-timeline does not expect.
 * Where its whole lane fits, the lane is shown, its name beside it: just enough for the element
 * alone put an event linked to on a projector against the lanes' bottom edge, its lane's name
 * cut off below.
 */
export function scrollIntoLanes(scroll: HTMLElement | null, el: HTMLElement): void {
  if (!scroll) return;
  const header = scroll.querySelector<HTMLElement>('.tl-header')?.offsetHeight ?? 0;
  const box = scroll.getBoundingClientRect();
  const margin = 8;
  const top = box.top + header + margin;
  const bottom = box.bottom - margin;
  const item = el.getBoundingClientRect();
  const lane = el.closest('.vis-group')?.getBoundingClientRect();
  const shown =
    lane && lane.height <= bottom - top
      ? { top: Math.min(item.top, lane.top), bottom: Math.max(item.bottom, lane.bottom) }
      : item;
  if (shown.top < top) scroll.scrollTop -= top - shown.top;
  else if (shown.bottom > bottom) scroll.scrollTop += shown.bottom - bottom;
}

/**
 * Scrolls the page, vertically, to show the timeline that keyboard focus is in: on a screen too
 * short for the filters and the timeline together (200% zoom, a phone held sideways) the lanes
 * start near its bottom edge, and focus walked down them below it, or came to the first event
 * with one row of lanes on the screen. The whole timeline is brought up where it fits, else the
 * element is centred where it is not on the screen.
 */
export function scrollIntoPage(el: HTMLElement): void {
  const screen = window.innerHeight;
  const card = el.closest('.timeline')?.getBoundingClientRect();
  if (card && card.height <= screen) {
    if (card.top < 0 || card.bottom > screen) window.scrollBy(0, card.top);
    return;
  }
  const item = el.getBoundingClientRect();
  if (item.top < 0 || item.bottom > screen) window.scrollBy(0, item.top - (screen - item.height) / 2);
}

/**
 * Where keyboard focus is in the timeline, and keeping it there: an event focused while it is not
 * drawn (in a cluster, out of the window) is focused once a draw has put it there, and focus that
 * a redraw still takes away (a focused badge redrawn away, an event carried out of the window) is
 * put back. The engine keeps the focused element through its redraws (engine.ts), so that is
 * rare. Shared by the preview and the engine, which both report their draws.
 */
export function useFocusKeeper() {
  /** The event focused last: it stays drawn (pinned) and is the Tab stop. */
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /** What has focus now, event or cluster, to put focus back on after a redraw. */
  const focused = useRef<FocusedItem | null>(null);
  /**
   * Whether keyboard focus is the timeline's: from focus on one of its items until focus goes to
   * anything else, or the reader presses elsewhere. A redraw that removes or moves the focused
   * item leaves focus on the page's body, and it is still the timeline's: put back after the draw.
   */
  const owns = useRef(false);
  /** An event to focus as soon as it is drawn. */
  const pending = useRef<string | null>(null);
  /**
   * The event focus stays on while the one it is going to is not yet drawn: kept drawn (pinned)
   * until then, so that no redraw meanwhile takes focus to the page's body with it.
   */
  const [holdingId, setHoldingId] = useState<string | null>(null);
  /**
   * Whether the focused item is kept in view as draws move it: from a timeline key until the
   * reader takes the pointer or the wheel (whose scrolling of the lanes is then theirs). A zoom
   * key re-stacks the lanes, and the focused event, kept as it was drawn, could end up below the
   * lanes' fold.
   */
  const follow = useRef(false);

  const actions = useMemo(() => {
    const focusIn = (root: HTMLElement | null, scroll: HTMLElement | null, item: FocusedItem): boolean => {
      const el = root?.querySelector<HTMLElement>(selectorFor(item));
      if (!el) return false;
      el.focus({ preventScroll: true });
      scrollIntoLanes(scroll, el);
      scrollIntoPage(el);
      return document.activeElement === el;
    };
    /** Focus is on the page's body because a redraw removed the item that had it. */
    const takenByRedraw = () =>
      owns.current && (!document.activeElement || document.activeElement === document.body);
    return {
      setFocusedId,
      focused,
      takenByRedraw,
      /**
       * The event focus is on its way to, not yet drawn (it was in a cluster, or out of the
       * window): until the draw that brings it, focus stays on the event before it.
       */
      awaited: () => pending.current,
      /** Focuses an event now if it is drawn, else after the draw that draws it. */
      focusEvent: (root: HTMLElement | null, scroll: HTMLElement | null, id: string) => {
        const on = document.activeElement;
        const holding =
          (on && root?.contains(on) && on.closest<HTMLElement>('[data-event-id]')?.dataset.eventId) || null;
        setFocusedId(id);
        focused.current = { kind: 'event', id };
        const now = focusIn(root, scroll, { kind: 'event', id });
        pending.current = now ? null : id;
        setHoldingId(now ? null : holding);
      },
      afterDraw: (root: HTMLElement | null, scroll: HTMLElement | null) => {
        const wanted = pending.current;
        if (wanted !== null) {
          if (focusIn(root, scroll, { kind: 'event', id: wanted })) {
            pending.current = null;
            setHoldingId(null);
          }
          return;
        }
        const item = focused.current;
        if (!item) return;
        if (!takenByRedraw()) {
          // Every frame of a drag draws: nothing is looked up unless a key asked for it.
          if (!follow.current || !owns.current) return;
          const el = root?.querySelector<HTMLElement>(selectorFor(item));
          if (el && el === document.activeElement) {
            scrollIntoLanes(scroll, el);
            scrollIntoPage(el);
          }
          return;
        }
        if (focusIn(root, scroll, item)) return;
        // Its cluster is gone: focus goes to the event it began with, drawn by the next draw if
        // not by this one (the focused event is pinned), never left on the page's body.
        if (item.first === undefined) return;
        setFocusedId(item.first);
        focused.current = { kind: 'event', id: item.first };
        pending.current = focusIn(root, scroll, focused.current) ? null : item.first;
      },
      /** Focus came to an item; `clusterFirst` gives a drawn cluster's earliest event. */
      onFocusIn: (target: Element, clusterFirst: (id: string) => string | undefined) => {
        const item = target.closest<HTMLElement>('[data-event-id], [data-cluster-id]');
        owns.current = item !== null;
        const eventId = item?.dataset.eventId;
        const clusterId = item?.dataset.clusterId;
        // The reader put focus somewhere else meanwhile (a click, Tab): that wins.
        if (eventId !== pending.current) pending.current = null;
        if (pending.current === null) setHoldingId(null);
        if (eventId !== undefined) {
          setFocusedId(eventId);
          focused.current = { kind: 'event', id: eventId };
        } else if (clusterId !== undefined) {
          focused.current = { kind: 'cluster', id: clusterId, first: clusterFirst(clusterId) };
        }
      },
      /**
       * Focus went elsewhere: to another control, or nowhere after a press outside the items.
       * (Not to nowhere on its own: that is a redraw taking it.)
       */
      release: () => {
        owns.current = false;
      },
      /** A timeline key acted: keep the focused item in view through the draws that follow. */
      followFocus: () => {
        follow.current = true;
      },
      /** The pointer or the wheel: where the lanes are scrolled is the reader's. */
      unfollow: () => {
        follow.current = false;
      },
    };
  }, []);

  // Focus on anything else, or a press anywhere but on an item, ends the timeline's hold on focus.
  useEffect(() => {
    const isItem = (target: EventTarget | null) =>
      target instanceof Element && target.closest('[data-event-id], [data-cluster-id]') !== null;
    const onFocusIn = (e: FocusEvent) => {
      if (!isItem(e.target)) actions.release();
    };
    const onPointerDown = (e: PointerEvent) => {
      actions.unfollow();
      if (!isItem(e.target)) actions.release();
    };
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('wheel', actions.unfollow, { capture: true, passive: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('wheel', actions.unfollow, { capture: true });
    };
  }, [actions]);

  return { focusedId, holdingId, ...actions };
}

export type FocusKeeper = ReturnType<typeof useFocusKeeper>;
