import { clamp, spanOf } from './window-math';
import type { OverviewEvent, OverviewLane, TimeWindow } from './types';

/** About one bin per 5 px: fine enough to show a congress, coarse enough to draw at once. */
const PX_PER_BIN = 5;
export const binCountFor = (width: number) =>
  width > 0 ? clamp(Math.round(width / PX_PER_BIN), 8, 1024) : 0;

/**
 * A period counts in every bin it covers, at this weight, so the seven years of NEP tint their
 * lane without swamping the congresses inside them. A period within one bin counts as a point.
 */
export const RANGE_WEIGHT = 0.25;

export interface DensityCell {
  bin: number;
  /** Points count 1 each, periods RANGE_WEIGHT in each bin they cover. */
  weight: number;
}

export interface LaneDensity {
  laneId: string;
  /** Only the bins with something in them, left to right. */
  cells: DensityCell[];
}

export interface Density {
  binCount: number;
  lanes: LaneDensity[];
}

/** `values[index] += amount` for typed arrays, which strict indexing reads as possibly undefined. */
function add(values: Float64Array, index: number, amount: number): void {
  values[index] = (values[index] ?? 0) + amount;
}

/**
 * Each lane's events counted into `binCount` equal bins across the extent. Periods are added as
 * steps (+ at the first bin, − after the last) and summed once per lane, so a long period costs
 * no more than a point: linear in events plus bins, whatever the periods' lengths.
 */
export function computeDensity(
  events: readonly OverviewEvent[],
  lanes: readonly OverviewLane[],
  extent: TimeWindow,
  binCount: number,
): Density {
  if (binCount === 0) return { binCount, lanes: lanes.map((lane) => ({ laneId: lane.id, cells: [] })) };
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const points = new Float64Array(lanes.length * binCount);
  const steps = new Float64Array(lanes.length * (binCount + 1));
  const binMs = spanOf(extent) / binCount;
  const binAt = (time: number) => Math.floor((time - extent.from) / binMs);

  // An indexed loop: the first run, before the engine optimises, is several times slower with for…of.
  for (let k = 0; k < events.length; k += 1) {
    const event = events[k];
    const lane = event && laneIndex.get(event.lane);
    if (event === undefined || lane === undefined) continue;
    const first = binAt(event.start);
    // `end` is exclusive: a period ending on 1 January does not reach into that year's bin.
    const last = event.end === null || event.end <= event.start ? first : binAt(event.end - 1);
    if (last < 0 || first >= binCount) continue;
    if (first === last) {
      add(points, lane * binCount + first, 1);
      continue;
    }
    const row = lane * (binCount + 1);
    add(steps, row + Math.max(first, 0), RANGE_WEIGHT);
    add(steps, row + Math.min(last, binCount - 1) + 1, -RANGE_WEIGHT);
  }

  return {
    binCount,
    lanes: lanes.map((lane, i) => {
      const cells: DensityCell[] = [];
      let ranges = 0;
      for (let bin = 0; bin < binCount; bin += 1) {
        ranges += steps[i * (binCount + 1) + bin] ?? 0;
        const weight = (points[i * binCount + bin] ?? 0) + ranges;
        // RANGE_WEIGHT is a power of two, so the running sum returns to exactly 0; the margin is for safety.
        if (weight > 1e-9) cells.push({ bin, weight });
      }
      return { laneId: lane.id, cells };
    }),
  };
}

/** The weight at which a bin is as dark as it gets; it is never fully opaque. */
const SATURATION = 100;
const FAINTEST = 0.22;
const DARKEST = 0.9;

/**
 * A bin's opacity on a log scale, so one event is plainly visible and forty are darker still,
 * yet not a solid block.
 */
export function cellOpacity(weight: number): number {
  const share = Math.min(1, Math.log1p(weight) / Math.log1p(SATURATION));
  return Math.round((FAINTEST + (DARKEST - FAINTEST) * share) * 1000) / 1000;
}

/** Milliseconds for one computation of the strip's bins at `width` px, for the benchmark. */
export function measureOverviewBins(
  events: readonly OverviewEvent[],
  lanes: readonly OverviewLane[],
  span: TimeWindow,
  width: number,
): number {
  const start = performance.now();
  computeDensity(events, lanes, span, binCountFor(width));
  return performance.now() - start;
}

/** The shades a bin is drawn in: its opacity rounded to one of these many steps. */
const SHADES = 6;

/** The row height left to bins, the rest a gap so neighbouring lanes of like colour stay apart. */
const ROW_FILL = 0.8;

export interface DensityPath {
  /** The lane's index, top to bottom. */
  lane: number;
  opacity: number;
  /** SVG path data in the strip's viewBox (bins across, lanes down). */
  d: string;
}

/**
 * The bins as paths, one per lane and shade: each run of neighbouring bins of one shade is one
 * rectangle of the path. Opacities follow cellOpacity, rounded to SHADES steps.
 */
export function densityPaths(density: Density): DensityPath[] {
  const shadeOf = (weight: number) => {
    const opacity = cellOpacity(weight);
    const step = (DARKEST - FAINTEST) / (SHADES - 1);
    return Math.round((FAINTEST + Math.round((opacity - FAINTEST) / step) * step) * 1000) / 1000;
  };
  const paths: DensityPath[] = [];
  density.lanes.forEach((row, lane) => {
    const byShade = new Map<number, string[]>();
    let run: { from: number; to: number; shade: number } | null = null;
    const close = () => {
      if (!run) return;
      const parts = byShade.get(run.shade) ?? [];
      parts.push(`M${run.from} ${lane}h${run.to - run.from + 1}v${ROW_FILL}h-${run.to - run.from + 1}z`);
      byShade.set(run.shade, parts);
      run = null;
    };
    for (const cell of row.cells) {
      const shade = shadeOf(cell.weight);
      if (run && run.shade === shade && run.to === cell.bin - 1) run.to = cell.bin;
      else {
        close();
        run = { from: cell.bin, to: cell.bin, shade };
      }
    }
    close();
    for (const [opacity, parts] of byShade) paths.push({ lane, opacity, d: parts.join('') });
  });
  return paths;
}
