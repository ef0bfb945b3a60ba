import { describe, expect, it } from 'vitest';
import { between, DAY, EXTENT, LIMITS } from './test-support';
import {
  centreOf,
  centreOn,
  dragWindow,
  moveEdge,
  moveWindow,
  placeWindow,
  spanOf,
  widestSpan,
  zoomWindow,
} from './window-math';

const NEP = between([1921, 3], [1928, 10]);

describe('moveWindow', () => {
  it('slides the window and keeps its span', () => {
    const moved = moveWindow(NEP, 365 * DAY, EXTENT);
    expect(moved.from).toBe(NEP.from + 365 * DAY);
    expect(spanOf(moved)).toBe(spanOf(NEP));
  });

  it('stops at either end of the strip without squeezing the window', () => {
    expect(moveWindow(NEP, -100 * 365 * DAY, EXTENT)).toEqual({
      from: EXTENT.from,
      to: EXTENT.from + spanOf(NEP),
    });
    expect(moveWindow(NEP, 100 * 365 * DAY, EXTENT)).toEqual({
      from: EXTENT.to - spanOf(NEP),
      to: EXTENT.to,
    });
  });

  it('centres a window wider than the strip, which has nowhere to slide', () => {
    const wide = between([1900, 1], [1946, 1]);
    const moved = moveWindow(wide, 5 * 365 * DAY, EXTENT);
    expect(spanOf(moved)).toBe(spanOf(wide));
    expect(centreOf(moved)).toBe(centreOf(EXTENT));
  });

  it('gives whole milliseconds', () => {
    const moved = moveWindow(NEP, 1.4, EXTENT);
    expect(Number.isInteger(moved.from) && Number.isInteger(moved.to)).toBe(true);
  });
});

describe('centreOn', () => {
  it('centres the window on the time clicked, its span kept', () => {
    const kronstadt = Date.UTC(1921, 2, 8);
    const jumped = centreOn(between([1910, 1], [1911, 1]), kronstadt, EXTENT);
    expect(centreOf(jumped)).toBe(kronstadt);
    expect(spanOf(jumped)).toBe(365 * DAY);
  });

  it('keeps a jump near an end inside the strip', () => {
    expect(centreOn(NEP, EXTENT.from, EXTENT).from).toBe(EXTENT.from);
  });
});

describe('zoomWindow', () => {
  it('narrows and widens around the centre', () => {
    const narrowed = zoomWindow(NEP, 0.5, EXTENT, LIMITS);
    expect(spanOf(narrowed)).toBe(Math.round(spanOf(NEP) / 2));
    expect(Math.abs(centreOf(narrowed) - centreOf(NEP))).toBeLessThanOrEqual(1);
  });

  it('never narrows below a day', () => {
    const day = { from: Date.UTC(1921, 2, 8), to: Date.UTC(1921, 2, 9) };
    expect(zoomWindow(day, 0.5, EXTENT, LIMITS)).toEqual(day);
  });

  it('never widens past the strip, the most a brush can stand for', () => {
    expect(widestSpan(EXTENT, LIMITS)).toBe(spanOf(EXTENT));
    expect(zoomWindow(between([1915, 1], [1935, 1]), 2, EXTENT, LIMITS)).toEqual(EXTENT);
  });

  it('honours a zoom limit narrower than the strip', () => {
    const tenYears = 10 * 365 * DAY;
    expect(spanOf(zoomWindow(NEP, 2, EXTENT, { minSpan: DAY, maxSpan: tenYears }))).toBe(tenYears);
  });
});

describe('moveEdge', () => {
  it('moves one edge and keeps the other', () => {
    const later = Date.UTC(1923, 0, 1);
    expect(moveEdge(NEP, 'from', later, EXTENT, LIMITS)).toEqual({ from: later, to: NEP.to });
    expect(moveEdge(NEP, 'to', later, EXTENT, LIMITS)).toEqual({ from: NEP.from, to: later });
  });

  it('stops a day short of the other edge rather than turning the window inside out', () => {
    expect(moveEdge(NEP, 'from', NEP.to + 400 * DAY, EXTENT, LIMITS)).toEqual({
      from: NEP.to - DAY,
      to: NEP.to,
    });
    expect(moveEdge(NEP, 'to', NEP.from - 400 * DAY, EXTENT, LIMITS)).toEqual({
      from: NEP.from,
      to: NEP.from + DAY,
    });
  });

  it('keeps both edges on the strip', () => {
    expect(moveEdge(NEP, 'from', Date.UTC(1890, 0, 1), EXTENT, LIMITS).from).toBe(EXTENT.from);
    const wide = between([1900, 1], [1946, 1]);
    expect(moveEdge(wide, 'to', Date.UTC(1930, 0, 1), EXTENT, LIMITS)).toEqual({
      from: EXTENT.from,
      to: Date.UTC(1930, 0, 1),
    });
  });

  it('stops where the span would pass the widest zoom', () => {
    const fiveYears = 5 * 365 * DAY;
    const limits = { minSpan: DAY, maxSpan: fiveYears };
    expect(spanOf(moveEdge(NEP, 'from', EXTENT.from, EXTENT, limits))).toBe(fiveYears);
  });
});

describe('placeWindow', () => {
  it('centres a window as wide as the strip on it', () => {
    expect(placeWindow(Date.UTC(1910, 0, 1), spanOf(EXTENT), EXTENT)).toEqual(EXTENT);
  });
});

describe('dragWindow', () => {
  it('moves the whole window from the body, one edge from a handle', () => {
    const year = 365 * DAY;
    expect(dragWindow('body', NEP, year, EXTENT, LIMITS)).toEqual(moveWindow(NEP, year, EXTENT));
    expect(dragWindow('to', NEP, -year, EXTENT, LIMITS)).toEqual({ from: NEP.from, to: NEP.to - year });
  });

  it('drags an edge beyond the strip from where the strip draws it', () => {
    const wide = between([1900, 1], [1946, 1]);
    expect(dragWindow('from', wide, 365 * DAY, EXTENT, LIMITS).from).toBe(EXTENT.from + 365 * DAY);
  });
});
