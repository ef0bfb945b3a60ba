import { describe, expect, it } from 'vitest';
import { brushPlace, fractionOf, msPerPixel, timeAtPixel, yearTicks } from './scale';
import { between, EXTENT } from './test-support';

describe('pixels and time', () => {
  it('maps the strip’s edges and middle both ways', () => {
    expect(timeAtPixel(0, 800, EXTENT)).toBe(EXTENT.from);
    expect(timeAtPixel(800, 800, EXTENT)).toBe(EXTENT.to);
    expect(timeAtPixel(400, 800, EXTENT)).toBe(Date.UTC(1922, 6, 1));
    expect(fractionOf(Date.UTC(1922, 6, 1), EXTENT)).toBe(0.5);
  });

  it('keeps a pointer beyond the strip on its edge', () => {
    expect(timeAtPixel(-30, 800, EXTENT)).toBe(EXTENT.from);
    expect(timeAtPixel(900, 800, EXTENT)).toBe(EXTENT.to);
  });

  it('turns a drag distance into time, and a strip not yet measured into no time', () => {
    expect(msPerPixel(800, EXTENT) * 800).toBe(EXTENT.to - EXTENT.from);
    expect(msPerPixel(0, EXTENT)).toBe(0);
    expect(timeAtPixel(10, 0, EXTENT)).toBe(EXTENT.from);
  });
});

describe('brushPlace', () => {
  it('places the brush over the window', () => {
    expect(brushPlace(between([1914, 7], [1930, 7]), EXTENT)).toEqual({ centre: 0.5, width: 0.5 });
  });

  it('clamps a window reaching past the strip to it', () => {
    expect(brushPlace(between([1900, 1], [1946, 1]), EXTENT)).toEqual({ centre: 0.5, width: 1 });
    expect(brushPlace(between([1940, 1], [1941, 1]), EXTENT)).toEqual({ centre: 1, width: 0 });
  });
});

describe('yearTicks', () => {
  it('ticks every year on the strip, 1907 to 1938', () => {
    const ticks = yearTicks(EXTENT, 1200);
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 32 }, (_, i) => 1907 + i));
  });

  it('labels every 5 years where there is room, every 10 where there is not', () => {
    const labels = (width: number) =>
      yearTicks(EXTENT, width)
        .filter((t) => t.labelled)
        .map((t) => t.year);
    expect(labels(1200)).toEqual([1910, 1915, 1920, 1925, 1930, 1935]);
    expect(labels(360)).toEqual([1910, 1915, 1920, 1925, 1930, 1935]);
    expect(labels(200)).toEqual([1910, 1920, 1930]);
    expect(labels(0)).toEqual([1910, 1920, 1930]);
  });
});
