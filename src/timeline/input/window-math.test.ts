import { describe, expect, it } from 'vitest';
import { FIT_ALL, TIMELINE_MIN, ZOOM_MIN_MS } from '../../dates/limits';
import {
  clampWindow,
  fitWindow,
  panWindow,
  revealWindow,
  yearWindow,
  zoomWindow,
  ZOOM_STEP,
} from './window-math';

const YEAR = 365.25 * 86_400_000;
const years = (w: { from: number; to: number }) => (w.to - w.from) / YEAR;

describe('zoomWindow', () => {
  it('reaches one year from the whole span in five steps', () => {
    let w = FIT_ALL;
    for (let i = 0; i < 5; i += 1) w = zoomWindow(w, ZOOM_STEP);
    expect(years(w)).toBeCloseTo(1, 0);
  });

  it('keeps the time it zooms about where it was on the screen', () => {
    const w = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1930, 0, 1) };
    const at = Date.UTC(1922, 0, 1);
    const next = zoomWindow(w, 2, at);
    expect((at - next.from) / (next.to - next.from)).toBeCloseTo((at - w.from) / (w.to - w.from), 6);
  });

  it('never zooms closer than a day, and slides back inside the limits', () => {
    const w = { from: Date.UTC(1921, 2, 1), to: Date.UTC(1921, 2, 3) };
    expect(zoomWindow(w, 100).to - zoomWindow(w, 100).from).toBe(ZOOM_MIN_MS);
    const early = zoomWindow({ from: TIMELINE_MIN, to: TIMELINE_MIN + YEAR }, 0.5, TIMELINE_MIN);
    expect(early.from).toBe(TIMELINE_MIN);
  });
});

describe('panWindow, revealWindow, clampWindow', () => {
  const w = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1930, 0, 1) };
  it('pans by a share of the span, keeping the span', () => {
    const next = panWindow(w, 0.1);
    expect(next.from).toBe(w.from + (w.to - w.from) / 10);
    expect(next.to - next.from).toBe(w.to - w.from);
  });

  it('moves just enough to show a time outside, and not at all for one inside', () => {
    expect(revealWindow(w, Date.UTC(1925, 0, 1))).toBe(w);
    const later = revealWindow(w, Date.UTC(1934, 0, 1));
    expect(later.to).toBeGreaterThan(Date.UTC(1934, 0, 1));
    expect(later.to - later.from).toBeCloseTo(w.to - w.from, -3);
  });

  it('clamps a window wider than the timeline to the timeline', () => {
    const all = clampWindow({ from: Date.UTC(1800, 0, 1), to: Date.UTC(2000, 0, 1) });
    expect(all.from).toBe(TIMELINE_MIN);
  });
});

describe('fitWindow and yearWindow', () => {
  it('frames events with a margin, at least a year wide, the wider margin after them for their names', () => {
    const one = fitWindow([{ from: Date.UTC(1921, 2, 8), to: Date.UTC(1921, 2, 16) }]);
    expect(years(one ?? { from: 0, to: 0 })).toBeCloseTo(1.3, 1);
    const first = Date.UTC(1921, 0, 1);
    const last = Date.UTC(1925, 0, 1);
    const framed = fitWindow([{ from: first, to: last }]);
    if (!framed) throw new Error('no window');
    expect((first - framed.from) / (last - first)).toBeCloseTo(0.05, 3);
    expect((framed.to - last) / (last - first)).toBeCloseTo(0.25, 3);
    const many = fitWindow([
      { from: Date.UTC(1921, 0, 1), to: Date.UTC(1921, 0, 1) },
      { from: Date.UTC(1923, 0, 1), to: Date.UTC(1925, 0, 1) },
    ]);
    expect(many?.from).toBeLessThan(Date.UTC(1921, 0, 1));
    expect(many?.to).toBeGreaterThan(Date.UTC(1925, 0, 1));
    expect(fitWindow([])).toBeNull();
  });

  it('shows a year with a month either side', () => {
    const w = yearWindow(1921);
    expect(w.from).toBeLessThan(Date.UTC(1921, 0, 1));
    expect(w.to).toBeGreaterThan(Date.UTC(1922, 0, 1));
    expect(years(w)).toBeCloseTo(14 / 12, 1);
  });
});
