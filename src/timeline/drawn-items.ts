import type { TimelineItemModel } from './to-items';

/**
 * vis-timeline measures every drawn item in the DOM, about a millisecond each: thousands of
 * items take seconds. So the adapter draws only what is near the window, and where that is
 * still too many, counted clusters per lane and stretch of time instead of the events.
 */
export const MAX_DRAWN = 300;

export interface ClusterModel {
  id: string;
  group: string;
  from: number;
  to: number;
  count: number;
}

export type Drawn = { kind: 'event'; model: TimelineItemModel } | { kind: 'cluster'; cluster: ClusterModel };

const endOf = (m: TimelineItemModel) => (m.end ?? m.start).valueOf();

/**
 * What to draw for a window: every event within half a window either side (so a short pan
 * shows events already there), or, past `maxDrawn` of them, one cluster per lane and bin.
 * A lane with more than `laneCapacity` events inside the window is clustered on its own even
 * when the total is small: on a narrow screen each of them would take a row of its own.
 */
export function itemsToDraw(
  models: readonly TimelineItemModel[],
  window: { from: number; to: number },
  bins: number,
  maxDrawn = MAX_DRAWN,
  laneCapacity = Number.POSITIVE_INFINITY,
): Drawn[] {
  const span = window.to - window.from;
  const lo = window.from - span / 2;
  const hi = window.to + span / 2;
  const near = models.filter((m) => endOf(m) >= lo && m.start.valueOf() <= hi);
  // Bins are aligned to multiples of their width, so panning keeps cluster ids (and DOM) stable.
  const binMs = (hi - lo) / Math.max(bins, 1);
  if (near.length > maxDrawn) return clustersOf(near, binMs);

  const crowded = crowdedLanes(near, window, laneCapacity);
  return [
    ...near.filter((m) => !crowded.has(m.group)).map((model): Drawn => ({ kind: 'event', model })),
    ...clustersOf(
      near.filter((m) => crowded.has(m.group)),
      binMs,
    ),
  ];
}

/** Lanes with more than `capacity` events inside the window itself. */
function crowdedLanes(
  near: readonly TimelineItemModel[],
  window: { from: number; to: number },
  capacity: number,
): Set<string> {
  const counts = new Map<string, number>();
  for (const m of near) {
    if (endOf(m) >= window.from && m.start.valueOf() <= window.to)
      counts.set(m.group, (counts.get(m.group) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > capacity).map(([group]) => group));
}

function clustersOf(models: readonly TimelineItemModel[], binMs: number): Drawn[] {
  const clusters = new Map<string, ClusterModel>();
  for (const m of models) {
    const bin = Math.floor(m.start.valueOf() / binMs);
    const id = `cluster:${m.group}:${bin}:${Math.round(binMs)}`;
    const existing = clusters.get(id);
    if (existing) existing.count += 1;
    else clusters.set(id, { id, group: m.group, from: bin * binMs, to: (bin + 1) * binMs, count: 1 });
  }
  return [...clusters.values()].map((cluster) => ({ kind: 'cluster', cluster }));
}

export const isClusterId = (id: string) => id.startsWith('cluster:');
