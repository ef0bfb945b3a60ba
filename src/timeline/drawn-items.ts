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
 * shows events already there), or, past MAX_DRAWN of them, one cluster per lane and bin.
 */
export function itemsToDraw(
  models: readonly TimelineItemModel[],
  window: { from: number; to: number },
  bins: number,
  maxDrawn = MAX_DRAWN,
): Drawn[] {
  const span = window.to - window.from;
  const lo = window.from - span / 2;
  const hi = window.to + span / 2;
  const near = models.filter((m) => endOf(m) >= lo && m.start.valueOf() <= hi);
  if (near.length <= maxDrawn) return near.map((model) => ({ kind: 'event', model }));

  // Bins are aligned to multiples of their width, so panning keeps cluster ids (and DOM) stable.
  const binMs = (hi - lo) / Math.max(bins, 1);
  const clusters = new Map<string, ClusterModel>();
  for (const m of near) {
    const bin = Math.floor(m.start.valueOf() / binMs);
    const id = `cluster:${m.group}:${bin}:${Math.round(binMs)}`;
    const existing = clusters.get(id);
    if (existing) existing.count += 1;
    else clusters.set(id, { id, group: m.group, from: bin * binMs, to: (bin + 1) * binMs, count: 1 });
  }
  return [...clusters.values()].map((cluster) => ({ kind: 'cluster', cluster }));
}

export const isClusterId = (id: string) => id.startsWith('cluster:');
