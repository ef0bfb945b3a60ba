import type { TimelineItemModel } from './to-items';

/**
 * Keyboard movement between events, independent of the DOM: ←/→ walk through time (the items'
 * own order, which is the filtered events sorted by date), ↑/↓ jump to the neighbouring lane,
 * landing on the event nearest in time: to the current event, or to `origin`, the event a run of
 * ↑/↓ presses began on (see use-timeline-keys.ts), so ↓ then ↑ comes back where it started. In
 * the origin's own lane the origin wins a tie: events of the same date often share a lane.
 */
export type Direction = 'previous' | 'next' | 'up' | 'down';

const timeOf = (item: TimelineItemModel) => item.start.valueOf();

export function neighbour(
  items: readonly TimelineItemModel[],
  laneOrder: readonly string[],
  currentId: string,
  direction: Direction,
  origin?: string,
): string | null {
  const index = items.findIndex((i) => i.id === currentId);
  const current = items[index];
  if (!current) return items[0]?.id ?? null;

  if (direction === 'previous') return items[index - 1]?.id ?? null;
  if (direction === 'next') return items[index + 1]?.id ?? null;

  // Skip lanes that have no events (lanes exist per faction; a filter may empty some).
  const step = direction === 'up' ? -1 : 1;
  const anchor = (origin === undefined ? undefined : items.find((i) => i.id === origin)) ?? current;
  const from = timeOf(anchor);
  const distance = (item: TimelineItemModel) => Math.abs(timeOf(item) - from);
  for (
    let lane = laneOrder.indexOf(current.group) + step;
    lane >= 0 && lane < laneOrder.length;
    lane += step
  ) {
    const inLane = items.filter((i) => i.group === laneOrder[lane]);
    if (inLane.length === 0) continue;
    let best = inLane[0];
    for (const candidate of inLane) {
      if (!best) break;
      const nearer = distance(candidate) - distance(best);
      if (nearer < 0 || (nearer === 0 && candidate === anchor)) best = candidate;
    }
    return best?.id ?? null;
  }
  return null;
}
