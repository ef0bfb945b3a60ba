import { describe, expect, it } from 'vitest';
import { axisScale, axisTicks } from './axis-ticks';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

describe('axisScale', () => {
  it('steps five years at the overview on a laptop and ten on a phone, as vis-timeline does', () => {
    // 32 years over a 975 px lane, then over a 245 px one; labels of about 7.5 px a character.
    expect(axisScale((32 * YEAR) / 975, 7.5)).toEqual({ unit: 'year', step: 5 });
    expect(axisScale((32 * YEAR) / 245, 7.5)).toEqual({ unit: 'year', step: 10 });
  });

  it('goes down to months and days as the window narrows', () => {
    expect(axisScale((2 * YEAR) / 1000, 7.5)).toEqual({ unit: 'month', step: 3 });
    expect(axisScale(YEAR / 1000, 7.5)).toEqual({ unit: 'month', step: 1 });
    expect(axisScale((10 * DAY) / 1000, 7.5)).toEqual({ unit: 'day', step: 1 });
  });
});

describe('axisTicks', () => {
  it('labels years from the step below the window start, with no major labels', () => {
    const { minor, major } = axisTicks(
      { from: Date.UTC(1906, 6, 1), to: Date.UTC(1938, 6, 1) },
      { unit: 'year', step: 5 },
    );
    expect(minor.map((t) => t.label)).toEqual(['1905', '1910', '1915', '1920', '1925', '1930', '1935']);
    expect(major).toEqual([]);
  });

  it('labels months by name and years where they begin, and the year in force at the left edge', () => {
    const from = Date.UTC(1920, 10, 15);
    const { minor, major } = axisTicks({ from, to: Date.UTC(1921, 2, 10) }, { unit: 'month', step: 1 });
    expect(minor.map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(major).toEqual([
      { at: from, label: '1920' },
      { at: Date.UTC(1921, 0, 1), label: '1921' },
    ]);
  });

  it('restarts two-day steps at the first of each month', () => {
    const { minor } = axisTicks(
      { from: Date.UTC(1921, 1, 25), to: Date.UTC(1921, 2, 5) },
      { unit: 'day', step: 2 },
    );
    expect(minor.map((t) => t.label)).toEqual(['25', '27', '1', '3']);
  });
});
