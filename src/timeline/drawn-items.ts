import { planLanes, type ClusterModel, type Drawn, type PlanOptions } from './layout/plan';
import type { TimelineItemModel } from './to-items';

/**
 * vis-timeline measures every drawn item in the DOM, about a millisecond each: thousands of
 * items take seconds. So the adapter draws only what is near the window, planned by the one rule
 * for names (layout/plan.ts), and where that is still too many, counted clusters per lane and
 * stretch of time instead of the events.
 */
export const MAX_DRAWN = 300;

/** About one cluster per 80 px of lane: few enough to draw fast, fine enough to show density. */
export const binsFor = (width: number) => Math.max(6, Math.round(width / 80));

const endOf = (m: TimelineItemModel) => (m.end ?? m.start).valueOf();

/**
 * What to draw for a window: every event within half a window either side (so a short pan
 * shows events already there), as the plan places them; past `maxDrawn` of them, one cluster
 * per lane and bin.
 */
export function itemsToDraw(
  models: readonly TimelineItemModel[],
  options: PlanOptions,
  maxDrawn = MAX_DRAWN,
): Drawn[] {
  const { window: win } = options;
  const span = win.to - win.from;
  const lo = win.from - span / 2;
  const hi = win.to + span / 2;
  const near = models.filter((m) => endOf(m) >= lo && m.start.valueOf() <= hi);
  if (near.length <= maxDrawn) return planLanes(near, options);
  // Bins are aligned to multiples of their width, so panning keeps cluster ids (and DOM) stable.
  const binMs = (hi - lo) / binsFor(options.width);
  return binClusters(near, binMs);
}

function binClusters(models: readonly TimelineItemModel[], binMs: number): Drawn[] {
  const clusters = new Map<string, ClusterModel>();
  for (const m of models) {
    const bin = Math.floor(m.start.valueOf() / binMs);
    const id = `cluster:${m.group}:${bin}:${Math.round(binMs)}`;
    const existing = clusters.get(id);
    if (existing) existing.count += 1;
    // The models come in date order: the first one a bin meets is its earliest.
    else
      clusters.set(id, {
        id,
        group: m.group,
        from: bin * binMs,
        to: (bin + 1) * binMs,
        count: 1,
        first: m.id,
      });
  }
  return [...clusters.values()].map((cluster, rank) => ({
    kind: 'cluster',
    cluster,
    shape: 'bin',
    at: cluster.from,
    rank,
    // Bars over fixed stretches of time, stacked by vis-timeline as they come.
    row: 0,
    box: [0, 0],
  }));
}
