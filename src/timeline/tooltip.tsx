import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type UIEvent,
} from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { clusterName, eventDetail } from './item-text';
import type { ClusterModel } from './layout/plan';
import type { TimelineItemModel } from './to-items';

/** The tooltip's last line: the focused event's accessible description points at it. */
export const TOOLTIP_DETAIL_ID = 'timeline-tooltip-detail';

/** What the tooltip is shown for: `item` is the element it stands by, `anchor` where that was. */
type Shown =
  | { kind: 'event'; model: TimelineItemModel; item: HTMLElement; anchor: DOMRect }
  | { kind: 'cluster'; cluster: ClusterModel; item: HTMLElement; anchor: DOMRect };

/** What the tooltip shows: held apart from the timeline, which need not redraw when it changes. */
type TooltipStore = StoreApi<{ shown: Shown | null }>;

interface Lookup {
  event: (id: string) => TimelineItemModel | undefined;
  cluster: (id: string) => ClusterModel | undefined;
}

/**
 * The name and date of whatever event the pointer is over or keyboard focus is on, whether its
 * name is written on the timeline or not: one tooltip for the preview and the engine, found by
 * the items' data attributes. It is in the accessibility tree, and the focused event names its
 * last line (kind and factions) as its description.
 */
export function useTooltip(lookup: Lookup) {
  // Not state of the timeline's: every pointer over an event, and every frame of the lanes
  // scrolling under a focused one, would render the whole timeline again (about 3 ms a time
  // with 10,000 events) for a change only the tooltip shows.
  const [store] = useState<TooltipStore>(() => createStore(() => ({ shown: null })));
  const setShown = (shown: Shown | null) => store.setState({ shown });
  /**
   * Where the mouse last pressed. An item that comes under the pointer there without the pointer
   * moving (the press opened an event's panel and the lanes narrowed) is not one the reader
   * pointed at: its tooltip would stand over the panel they just opened.
   */
  const pressedAt = useRef<{ x: number; y: number } | null>(null);

  const showFor = (target: EventTarget | null, focus: boolean) => {
    const el = itemOf(target);
    if (!el) return;
    const anchor = el.getBoundingClientRect();
    const eventId = el.dataset.eventId;
    const model = eventId === undefined ? undefined : lookup.event(eventId);
    if (model) {
      if (focus) el.setAttribute('aria-describedby', TOOLTIP_DETAIL_ID);
      setShown({ kind: 'event', model, item: el, anchor });
      return;
    }
    const cluster = lookup.cluster(el.dataset.clusterId ?? '');
    if (cluster) setShown({ kind: 'cluster', cluster, item: el, anchor });
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      pressedAt.current = { x: e.clientX, y: e.clientY };
    },
    onPointerOver: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType !== 'mouse') return;
      const pressed = pressedAt.current;
      if (pressed && pressed.x === e.clientX && pressed.y === e.clientY) return;
      pressedAt.current = null;
      showFor(e.target, false);
    },
    onPointerLeave: () => {
      if (!document.activeElement?.closest('[data-event-id], [data-cluster-id]')) setShown(null);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => showFor(e.target, true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      e.target.removeAttribute('aria-describedby');
      setShown(null);
    },
  };

  /**
   * The lanes scrolled. A tooltip shown for the pointer is left behind by it and goes; one shown
   * for keyboard focus follows its item, as long as the item is in view: moving focus to an event
   * below the lanes' fold scrolls them, and the name and description would otherwise go the moment
   * they came.
   */
  const onScroll = (e: UIEvent<HTMLElement>) => {
    const focused = itemOf(document.activeElement);
    if (focused && e.currentTarget.contains(focused) && inView(focused, e.currentTarget))
      showFor(focused, true);
    else setShown(null);
  };

  /**
   * Its item moved without a pointer or focus event (a draw re-stacked the lanes, a panel opened
   * beside them, the page scrolled): a tooltip shown for keyboard focus goes back beside its item,
   * one shown for the pointer goes, the pointer no longer being on it. Left where it was, it stood
   * over the opened panel's heading, or over the event itself.
   */
  const afterMove = useMemo(
    () => () => {
      const shown = store.getState().shown;
      if (!shown) return;
      const id = shown.kind === 'event' ? shown.model.id : shown.cluster.id;
      const focused = itemOf(document.activeElement);
      if (focused && id === (focused.dataset.eventId ?? focused.dataset.clusterId)) {
        const anchor = focused.getBoundingClientRect();
        if (anchor.top !== shown.anchor.top || anchor.left !== shown.anchor.left)
          store.setState({ shown: { ...shown, item: focused, anchor } });
        return;
      }
      const anchor = shown.item.getBoundingClientRect();
      if (!shown.item.isConnected || anchor.top !== shown.anchor.top || anchor.left !== shown.anchor.left)
        store.setState({ shown: null });
    },
    [store],
  );

  // The page scrolling (a short screen brings the timeline up for focus) moves every item; Esc
  // dismisses the tooltip without moving focus or the pointer (WCAG 1.4.13).
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().shown) store.setState({ shown: null });
    };
    window.addEventListener('scroll', afterMove, { passive: true });
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('scroll', afterMove);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [store, afterMove]);

  return { store, handlers, onScroll, afterDraw: afterMove };
}

const itemOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-event-id], [data-cluster-id]') : null;

/** Whether any of an element shows inside a scrolled box. */
function inView(el: HTMLElement, box: HTMLElement): boolean {
  const a = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
}

/** Below the item where there is room, else above; never over it, so it hides nothing focused. */
function place(anchor: DOMRect): { left: number; top?: number; bottom?: number } {
  const left = Math.min(Math.max(anchor.left, 8), window.innerWidth - 288);
  if (anchor.bottom + 96 < window.innerHeight) return { left, top: anchor.bottom + 6 };
  return { left, bottom: window.innerHeight - anchor.top + 6 };
}

export function TimelineTooltip({ store }: { store: TooltipStore }) {
  const shown = useStore(store, (s) => s.shown);
  if (!shown) return <div role="tooltip" className="tl-tooltip" hidden />;
  return (
    <div role="tooltip" className="tl-tooltip" style={place(shown.anchor)}>
      {shown.kind === 'event' ? (
        <>
          <strong className="tl-tooltip__title">{shown.model.title}</strong>
          <span className="tl-tooltip__date">{shown.model.dateText()}</span>
          <span className="tl-tooltip__detail" id={TOOLTIP_DETAIL_ID}>
            {eventDetail(shown.model)}
          </span>
        </>
      ) : (
        <span className="tl-tooltip__detail">{clusterName(shown.cluster)}</span>
      )}
    </div>
  );
}
