import { useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { useLatest } from '../../ui/use-latest';
import { usePageKeydown } from '../../ui/use-page-keydown';
import type { TimeWindow } from '../../state/slices';
import { neighbour, type Direction } from '../navigation';
import type { TimelineItemModel } from '../to-items';
import type { FocusKeeper } from '../use-focus-keeper';
import { revealWindow, ZOOM_STEP } from './window-math';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const EDGES: Record<Direction, string> = {
  previous: 'No earlier event.',
  next: 'No later event.',
  up: 'No lane above.',
  down: 'No lane below.',
};

export interface TimelineKeysOptions {
  models: readonly TimelineItemModel[];
  laneOrder: readonly string[];
  byId: ReadonlyMap<string, TimelineItemModel>;
  focus: FocusKeeper;
  /**
   * Where the window is going: a glide's destination while one is under way, else the window
   * shown. A step measured against a zoom's half-way window found its event inside, moved
   * nothing, and the zoom then glided on past the event, focus with it, to the page's body.
   */
  stepFrom: () => TimeWindow;
  /** The element the items are drawn in now: the preview's, or the engine's. */
  surface: () => HTMLElement | null;
  scrollRef: RefObject<HTMLElement | null>;
  onReach: () => void;
  onSelect: (id: string) => void;
  onOpenCluster: (id: string) => void;
  /** A drawn cluster's earliest event. */
  clusterFirst: (id: string) => string | undefined;
  /** Moves the window (to show a focused event). */
  onMove: (w: TimeWindow) => void;
  /** Zooms by a factor about a time (the focused event's), or about the middle. */
  onZoom: (factor: number, at?: number) => void;
  onFitAll: () => void;
  /** For the polite live region: what focus itself does not say. */
  announce: (text: string) => void;
  laneName: (id: string) => string;
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The timeline's keyboard (PRODUCT.md's contract; vis-timeline has none): ←/→ the previous and
 * next event in time, ↑/↓ the nearest event in the neighbouring lane, Enter opens, + and −
 * zoom about the focused event (so it stays where it is), 0 shows all years. The same for the
 * preview and the engine. A key pressed while a redraw has taken focus away (it is then on the
 * page's body) is still the timeline's: nothing a reader presses is lost.
 */
export function useTimelineKeys(options: TimelineKeysOptions) {
  const latest = useLatest(options);
  /**
   * Where a run of ↑/↓ presses landed, and the event it began on. Each press lands nearest that
   * event's time, not the last landing's, as a text editor keeps a caret's column: without it ↓
   * then ↑ came back to another event in 107 of the dataset's 147 lane steps (bench/lane-steps.ts).
   * Any other move ends the run.
   */
  const vertical = useRef<{ landed: string; origin: string } | null>(null);

  const focusEvent = (id: string) => {
    const o = latest.current;
    const model = o.byId.get(id);
    if (!model) return;
    const heading = o.stepFrom();
    const at = model.start.valueOf();
    if (at < heading.from || at > heading.to) o.onMove(revealWindow(heading, at));
    o.focus.focusEvent(o.surface(), o.scrollRef.current, id);
  };

  /** Handles a key for the item it came from; true when it was the timeline's. */
  const handle = (
    key: string,
    item: { eventId?: string | undefined; clusterId?: string | undefined },
  ): boolean => {
    const o = latest.current;
    const direction = ARROWS[key];
    // A cluster stands for its events from its earliest: → goes into it, to that event; ←, ↑, ↓
    // and the zoom keys act as from that event. Left to itself a cluster answered no arrow, and a
    // zoom that spread its events out left focus on the page's body.
    if (item.eventId === undefined && item.clusterId !== undefined && key !== 'Enter' && key !== ' ') {
      const first = o.clusterFirst(item.clusterId);
      if (first === undefined) return false;
      if (direction === 'next') {
        vertical.current = null;
        focusEvent(first);
        return true;
      }
      return handle(key, { eventId: first });
    }
    if (item.eventId !== undefined && direction) {
      const across = direction === 'up' || direction === 'down';
      const run = vertical.current;
      const origin = across && run?.landed === item.eventId ? run.origin : item.eventId;
      const next = neighbour(o.models, o.laneOrder, item.eventId, direction, across ? origin : undefined);
      // A press at the top or bottom lane moves nothing, and leaves the run as it was.
      if (!across) vertical.current = null;
      else if (next !== null) vertical.current = { landed: next, origin };
      if (next === null) o.announce(EDGES[direction]);
      else {
        const lane = o.byId.get(next)?.group;
        if (across && lane !== undefined) o.announce(`${o.laneName(lane)} lane.`);
        focusEvent(next);
      }
      return true;
    }
    if (key === 'Enter' || key === ' ') {
      if (item.eventId !== undefined) o.onSelect(item.eventId);
      else if (item.clusterId !== undefined) o.onOpenCluster(item.clusterId);
      else return false;
      return true;
    }
    const at = item.eventId === undefined ? undefined : o.byId.get(item.eventId)?.start.valueOf();
    if (key === '+' || key === '=') o.onZoom(ZOOM_STEP, at);
    else if (key === '-' || key === '_') o.onZoom(1 / ZOOM_STEP, at);
    else if (key === '0') o.onFitAll();
    else return false;
    return true;
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLElement>) => {
    latest.current.onReach();
    if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target) || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    const onItem = {
      eventId: target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId,
      clusterId: target.closest<HTMLElement>('[data-cluster-id]')?.dataset.clusterId,
    };
    // Keys on the toolbar's buttons stay theirs, but for zooming.
    if (onItem.eventId === undefined && onItem.clusterId === undefined && ARROWS[e.key]) return;
    // A key pressed before the last step's event is drawn (and focused) acts on that event, not
    // on the one focus is still on: a quick second → would otherwise step to the same event again.
    const awaited = latest.current.focus.awaited();
    const fromItem = onItem.eventId !== undefined || onItem.clusterId !== undefined;
    const item = fromItem && awaited !== null ? { eventId: awaited } : onItem;
    if (handle(e.key, item)) {
      e.preventDefault();
      latest.current.focus.followFocus();
    }
  };

  // Focus taken by a redraw is on the body until the draw ends: its keys are still ours.
  usePageKeydown((e) => {
    const o = latest.current;
    if (!o.focus.takenByRedraw()) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const item = o.focus.focused.current;
    if (!item) return;
    const target = item.kind === 'event' ? { eventId: item.id } : { clusterId: item.id };
    if (handle(e.key, target)) {
      e.preventDefault();
      o.focus.followFocus();
    }
  });

  return { onKeyDown, focusEvent };
}
