import { describe, expect, it } from 'vitest';
import {
  binCountFor,
  cellOpacity,
  computeDensity,
  measureOverviewBins,
  RANGE_WEIGHT,
  densityPaths,
} from './density';
import { EXTENT } from './test-support';
import type { OverviewEvent, OverviewLane } from './types';

const LANES: OverviewLane[] = [
  { id: 'left-communists', name: 'Left Communists', colour: 'var(--a)' },
  { id: 'workers-opposition', name: "Workers' Opposition", colour: 'var(--b)' },
];
/** 32 bins over 1906-07 to 1938-07: a year each, give or take a leap day, so 1 January is mid-bin. */
const BINS = 32;
const point = (lane: string, y: number, m = 1): OverviewEvent => ({
  lane,
  start: Date.UTC(y, m - 1, 1),
  end: null,
});
const period = (lane: string, from: number, to: number): OverviewEvent => ({
  lane,
  start: Date.UTC(from, 0, 1),
  end: Date.UTC(to, 0, 1),
});
const weights = (events: OverviewEvent[], lane = 1) =>
  computeDensity(events, LANES, EXTENT, BINS).lanes[lane]?.cells ?? [];

describe('computeDensity', () => {
  it('counts points in their lane and bin, and keeps only non-empty bins', () => {
    const density = computeDensity(
      [
        point('workers-opposition', 1921, 3),
        point('workers-opposition', 1921, 3),
        point('left-communists', 1918, 3),
      ],
      LANES,
      EXTENT,
      BINS,
    );
    expect(density.lanes[0]?.cells).toEqual([{ bin: 11, weight: 1 }]);
    expect(density.lanes[1]?.cells).toEqual([{ bin: 14, weight: 2 }]);
  });

  it('counts a period in every bin it covers, lighter than a point', () => {
    const nep = weights([period('workers-opposition', 1921, 1928)]);
    expect(nep.map((c) => c.bin)).toEqual([14, 15, 16, 17, 18, 19, 20, 21]);
    expect(nep.every((c) => c.weight === RANGE_WEIGHT)).toBe(true);
  });

  it('takes a period’s end as exclusive: one ending where a bin starts stays out of it', () => {
    const days = { from: Date.UTC(1921, 2, 1), to: Date.UTC(1921, 2, 11) };
    const congress = { lane: 'left-communists', start: Date.UTC(1921, 2, 8), end: Date.UTC(1921, 2, 10) };
    const cells = computeDensity([congress], LANES, days, 10).lanes[0]?.cells;
    expect(cells?.map((c) => c.bin)).toEqual([7, 8]);
  });

  it('adds points and periods in the same bin', () => {
    const cells = weights([period('workers-opposition', 1921, 1923), point('workers-opposition', 1922, 3)]);
    expect(cells).toEqual([
      { bin: 14, weight: RANGE_WEIGHT },
      { bin: 15, weight: 1 + RANGE_WEIGHT },
      { bin: 16, weight: RANGE_WEIGHT },
    ]);
  });

  it('counts a period inside one bin as a point', () => {
    const congress = { lane: 'workers-opposition', start: Date.UTC(1921, 2, 8), end: Date.UTC(1921, 2, 17) };
    expect(weights([congress])).toEqual([{ bin: 14, weight: 1 }]);
  });

  it('leaves out events off the strip or in lanes not shown, and cuts periods at its edges', () => {
    const cells = weights([
      point('workers-opposition', 1899),
      point('workers-opposition', 1945),
      point('hidden-lane', 1921),
      period('workers-opposition', 1900, 1908),
      period('workers-opposition', 1937, 1945),
    ]);
    expect(cells.map((c) => c.bin)).toEqual([0, 1, 30, 31]);
  });

  it('draws nothing before the strip has a width', () => {
    expect(computeDensity([point('left-communists', 1918)], LANES, EXTENT, 0).lanes[0]?.cells).toEqual([]);
  });
});

describe('cellOpacity', () => {
  it('shows one event plainly and grows on a log scale without becoming solid', () => {
    expect(cellOpacity(1)).toBeGreaterThan(0.3);
    expect(cellOpacity(RANGE_WEIGHT)).toBeLessThan(cellOpacity(1));
    expect(cellOpacity(40)).toBeGreaterThan(cellOpacity(10));
    expect(cellOpacity(40)).toBeLessThan(0.85);
    expect(cellOpacity(10_000)).toBe(0.9);
  });
});

describe('binCountFor', () => {
  it('gives about one bin per 5 px, and none before the width is known', () => {
    expect(binCountFor(1280)).toBe(256);
    expect(binCountFor(360)).toBe(72);
    expect(binCountFor(0)).toBe(0);
  });
});

describe('measureOverviewBins', () => {
  it('returns the time one computation took', () => {
    expect(measureOverviewBins([point('left-communists', 1918)], LANES, EXTENT, 800)).toBeGreaterThanOrEqual(
      0,
    );
  });
});

describe('densityPaths', () => {
  it('draws a lane’s neighbouring bins of one shade as one rectangle, each lane in its own row', () => {
    const density = {
      binCount: 10,
      lanes: [
        {
          laneId: 'a',
          cells: [
            { bin: 2, weight: 1 },
            { bin: 3, weight: 1 },
            { bin: 7, weight: 1 },
          ],
        },
        { laneId: 'b', cells: [{ bin: 0, weight: 40 }] },
      ],
    };
    const paths = densityPaths(density);
    const a = paths.filter((p) => p.lane === 0);
    expect(a).toHaveLength(1);
    expect(a[0]?.d).toBe('M2 0h2v0.8h-2zM7 0h1v0.8h-1z');
    const b = paths.find((p) => p.lane === 1);
    expect(b?.d).toBe('M0 1h1v0.8h-1z');
    // More events, a darker shade.
    expect(b?.opacity).toBeGreaterThan(a[0]?.opacity ?? 1);
  });
});
