import { describe, expect, it } from 'vitest';
import { TIMELINE_MAX, TIMELINE_MIN } from '../../dates/limits';
import { pannedWindow, pinchedWindow } from './use-preview-pan';

const YEAR = 365 * 86_400_000;
const win = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1920, 0, 1) + 10 * YEAR };

describe('pannedWindow', () => {
  it('moves time the other way from the drag: dragging left by a tenth of the lanes shows a year later', () => {
    expect(pannedWindow(win, -100, 1000)).toEqual({ from: win.from + YEAR, to: win.to + YEAR });
  });

  it('keeps the span when the drag would pass the timeline’s limits', () => {
    const early = pannedWindow(win, 100_000, 1000);
    expect(early.from).toBe(TIMELINE_MIN);
    expect(early.to - early.from).toBe(10 * YEAR);
    const late = pannedWindow(win, -100_000, 1000);
    expect(late.to).toBe(TIMELINE_MAX);
    expect(late.to - late.from).toBe(10 * YEAR);
  });
});

describe('pinchedWindow', () => {
  it('halves the window when the fingers spread to twice their distance, about their midpoint', () => {
    const zoomed = pinchedWindow(win, 100, 200, 0.5);
    expect(zoomed.to - zoomed.from).toBe(5 * YEAR);
    expect((zoomed.from + zoomed.to) / 2).toBe((win.from + win.to) / 2);
  });

  it('keeps the time under the fingers where it was on the screen', () => {
    const zoomed = pinchedWindow(win, 100, 400, 0.2);
    const under = win.from + 0.2 * 10 * YEAR;
    expect(zoomed.from + 0.2 * (zoomed.to - zoomed.from)).toBeCloseTo(under, -3);
  });

  it('widens the window when the fingers close, and stays inside the timeline’s limits', () => {
    const wide = pinchedWindow(win, 200, 1, 0);
    expect(wide.from).toBeGreaterThanOrEqual(TIMELINE_MIN);
    expect(wide.to).toBeLessThanOrEqual(TIMELINE_MAX);
    expect(wide.to - wide.from).toBeGreaterThan(10 * YEAR);
  });
});
