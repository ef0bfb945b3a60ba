import type { TimelineItemModel } from './to-items';

/**
 * Keyboard movement between events, independent of the DOM: ←/→ walk through time (the items'
 * own order, which is the filtered events sorted by date), ↑/↓ jump to the neighbouring lane,
 * landing on the event nearest in time: to the current event's, or to `at`, the time a run of
 * ↑/↓ presses began from (see use-timeline-keys.ts), so ↓ then ↑ comes back where it started.
 */
export type Direction = 'previous' | 'next' | 'up' | 'down';

const timeOf = (item: TimelineItemModel) => item.start.valueOf();

export function neighbour(
  items: readonly TimelineItemModel[],
  laneOrder: readonly string[],
  currentId: string,
  direction: Direction,
  at?: number,
): string | null {
  const index = items.findIndex((i) => i.id === currentId);
  const current = items[index];
  if (!current) return items[0]?.id ?? null;

  if (direction === 'previous') return items[index - 1]?.id ?? null;
  if (direction === 'next') return items[index + 1]?.id ?? null;

  // Skip lanes that have no events (lanes exist per faction; a filter may empty some).
  const step = direction === 'up' ? -1 : 1;
  const from = at ?? timeOf(current);
  for (
    let lane = laneOrder.indexOf(current.group) + step;
    lane >= 0 && lane < laneOrder.length;
    lane += step
  ) {
    const inLane = items.filter((i) => i.group === laneOrder[lane]);
    if (inLane.length === 0) continue;
    let best = inLane[0];
    for (const candidate of inLane) {
      if (best && Math.abs(timeOf(candidate) - from) < Math.abs(timeOf(best) - from)) {
        best = candidate;
      }
    }
    return best?.id ?? null;
  }
  return null;
}
