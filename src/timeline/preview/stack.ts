/**
 * Vertical stacking of a lane's items, as vis-timeline 8.5 stacks them (`stack: true`), so that
 * the preview drawn before the engine starts puts every item where the engine then draws it.
 *
 * Items are placed in order of start. Each begins just under the axis and, taking the items
 * already placed beside it from the top down, moves below each one it would touch. Which items
 * count as beside it is worked out as vis-timeline works it out, from a window into the placed
 * items (kept in order of their left edge) that only moves forward while starts do: that window
 * has its quirks (an empty one counts as all placed so far), and they decide where some items
 * land, so they are kept.
 */
export interface StackBox {
  /** When the item starts: the placing order (ties keep the given order, as vis-timeline's sort does). */
  start: number;
  /** Left edge in pixels from the lane's left. */
  left: number;
  width: number;
  height: number;
}

export interface StackMargins {
  /** Space kept between items side by side. */
  horizontal: number;
  /** Space kept between items one above the other. */
  vertical: number;
  /** Space above the first row. */
  axis: number;
}

export interface Stacked {
  /** Each box's top, in the order given. */
  tops: number[];
  /** The lane's height: its lowest item and half a vertical margin, at least `minHeight`. */
  height: number;
}

// vis-timeline compares positions with this tolerance; the same keeps ties the same.
const EPSILON = 0.001;

/** The first index from `from` whose entry passes, else the length. */
function firstIndex(list: readonly number[], test: (j: number) => boolean, from: number): number {
  for (let k = from; k < list.length; k += 1) if (test(list[k] ?? -1)) return k;
  return list.length;
}

/** An end of 0 means the whole list, as in vis-timeline. */
const endOrLength = (list: readonly number[], end: number) =>
  end === 0 ? list.length : Math.min(end, list.length);

export function stackBoxes(boxes: readonly StackBox[], margins: StackMargins, minHeight: number): Stacked {
  const box = (i: number): StackBox => boxes[i] ?? { start: 0, left: 0, width: 0, height: 0 };
  const leftOf = (i: number) => box(i).left;
  const endOf = (i: number) => box(i).left + box(i).width + margins.horizontal;
  const order = boxes.map((_, i) => i).sort((a, b) => box(a).start - box(b).start);
  const tops = boxes.map(() => margins.axis);
  /** Indexes of the boxes placed so far, in order of left edge. */
  const placed: number[] = [];
  let previousLeft: number | null = null;
  let previousEnd: number | null = null;
  let windowFrom = 0;
  let windowTo = 0;
  let insertAt = 0;

  for (const i of order) {
    const left = leftOf(i);
    const end = endOf(i);
    if (previousLeft !== null && left < previousLeft - EPSILON) {
      // Out of order (a point's dot reaches left of a bar before it): search from the start.
      windowFrom = 0;
      windowTo = 0;
      insertAt = 0;
      previousEnd = null;
    }
    if (previousLeft === null || left > previousLeft + EPSILON)
      windowFrom = firstIndex(placed, (j) => left < endOf(j) - EPSILON, windowFrom);
    previousLeft = left;
    if (previousEnd === null || previousEnd < end - EPSILON)
      windowTo = firstIndex(placed, (j) => end < leftOf(j) - EPSILON, Math.max(windowFrom, windowTo));
    if (previousEnd !== null && previousEnd - EPSILON > end) {
      let last = windowFrom - 1;
      for (let k = endOrLength(placed, windowTo) - 1; k >= windowFrom; k -= 1) {
        if (end + EPSILON >= leftOf(placed[k] ?? -1)) {
          last = k;
          break;
        }
      }
      windowTo = last + 1;
    }
    previousEnd = end;

    const beside = placed
      .slice(windowFrom, endOrLength(placed, windowTo))
      .filter((j) => left < endOf(j) - EPSILON)
      .sort((a, b) => (tops[a] ?? 0) - (tops[b] ?? 0));
    let top = margins.axis;
    for (const j of beside) {
      const otherTop = tops[j] ?? 0;
      const touches =
        top - margins.vertical + EPSILON < otherTop + box(j).height &&
        top + box(i).height + margins.vertical - EPSILON > otherTop;
      if (touches) top = otherTop + box(j).height + margins.vertical;
    }
    tops[i] = top;

    insertAt = firstIndex(placed, (j) => leftOf(j) - EPSILON > left, insertAt);
    placed.splice(insertAt, 0, i);
    if (insertAt < windowFrom) windowFrom += 1;
    if (insertAt <= windowTo) windowTo += 1;
    insertAt += 1;
  }

  if (boxes.length === 0) return { tops, height: minHeight };
  // Like vis-timeline, close any gap above the highest item (items start at the axis margin).
  const shift = Math.max(0, Math.min(...tops) - margins.axis);
  const shifted = tops.map((t) => t - shift);
  const lowest = Math.max(...boxes.map((b, i) => (shifted[i] ?? 0) + b.height));
  return { tops: shifted, height: Math.max(Math.ceil(lowest + margins.vertical / 2), minHeight) };
}
