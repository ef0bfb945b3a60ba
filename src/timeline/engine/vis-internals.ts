import type { Timeline } from 'vis-timeline/esnext';

/**
 * The only place that reaches into vis-timeline's private fields (vis-timeline 8.5, pinned), each
 * for a reason its public API does not cover. vis-internals.test.ts builds a real Timeline and
 * fails if an upgrade renames or removes any of them; every accessor here also checks the field's
 * shape at run time and does nothing when it is not what it expects, so a surprise degrades to
 * slower drawing, never to a broken timeline.
 */
interface Internals {
  range?: { start?: unknown; end?: unknown };
  props?: { lastWidth?: unknown; lastHeight?: unknown };
  dom?: { root?: unknown };
  redrawCount?: unknown;
  initialRangeChangeDone?: unknown;
  itemSet?: { redraw?: unknown };
}

const internals = (timeline: Timeline) => timeline as unknown as Internals;

/** Which of the fields this module uses are missing or of another shape: empty when all are there. */
export function missingInternals(timeline: Timeline): string[] {
  const t = internals(timeline);
  const missing: string[] = [];
  if (typeof t.range?.start !== 'number' || typeof t.range.end !== 'number') missing.push('range.start/end');
  if (!t.props || !('lastWidth' in t.props) || !('lastHeight' in t.props))
    missing.push('props.lastWidth/lastHeight');
  if (!(t.dom?.root instanceof HTMLElement)) missing.push('dom.root');
  if (typeof t.redrawCount !== 'number') missing.push('redrawCount');
  if (typeof t.initialRangeChangeDone !== 'boolean') missing.push('initialRangeChangeDone');
  if (typeof t.itemSet?.redraw !== 'function') missing.push('itemSet.redraw');
  return missing;
}

/**
 * Runs `change` with the window made empty. vis-timeline draws and measures an item the moment
 * it is added when it falls inside the window (one forced layout per item, hundreds of
 * milliseconds for a few hundred); with no window, added items wait for its next redraw, which
 * draws each lane's new items in one batch.
 *
 * Its item set's own redraw is held off meanwhile. vis-timeline redraws the item set at once
 * after every add, update and remove, besides queueing the batched redraw; in the empty window
 * that redraw took every drawn item out of the page, to be put back a frame later, and keyboard
 * focus went to the page's body with the focused one (a screen reader heard the page between two
 * events). The queued redraw draws everything in the real window.
 */
export function withBatchedDrawing(timeline: Timeline, change: () => void): void {
  const { range, itemSet } = internals(timeline);
  if (
    typeof range?.start !== 'number' ||
    typeof range.end !== 'number' ||
    typeof itemSet?.redraw !== 'function'
  ) {
    change();
    return;
  }
  const { start, end } = range;
  range.start = range.end = Number.MIN_SAFE_INTEGER;
  // Shadows the prototype's method on this item set alone; deleting it brings that back.
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    delete itemSet.redraw;
    range.start = start;
    range.end = end;
  }
}

/**
 * vis-timeline checks its size every second and redraws everything when it differs from the size
 * it last saw, which it took while hidden. Telling it the drawn size saves that second, identical
 * draw.
 */
export function settleResizeWatch(timeline: Timeline): void {
  const { props, dom } = internals(timeline);
  if (!props || !(dom?.root instanceof HTMLElement)) return;
  props.lastWidth = dom.root.offsetWidth;
  props.lastHeight = dom.root.offsetHeight;
}

/**
 * Readies a timeline built hidden for its first draw. It counts redraws in a row that changed a
 * size, giving up at 5, and its redraws while hidden count too: the count starts afresh. Given a
 * start and end it stays invisible until its window has changed once, which a window set before
 * the first draw never does: it is told the window is in place.
 */
export function prepareFirstDraw(timeline: Timeline): void {
  const t = internals(timeline);
  if (typeof t.redrawCount === 'number') t.redrawCount = 0;
  if (typeof t.initialRangeChangeDone === 'boolean') t.initialRangeChangeDone = true;
}
