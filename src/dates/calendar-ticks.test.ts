import { describe, expect, it } from 'vitest';
import { calendarTicks } from './calendar-ticks';
import { nameOfMonth } from './format';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendarTicks', () => {
  it('starts at the step at or before the window and ends at the last one at or before its end', () => {
    const ticks = calendarTicks(
      { from: Date.UTC(1906, 6, 1), to: Date.UTC(1920, 0, 1) },
      { unit: 'year', step: 5 },
    );
    expect(ticks.map(iso)).toEqual(['1905-01-01', '1910-01-01', '1915-01-01', '1920-01-01']);
  });

  it('steps months from January, across a year’s end', () => {
    const ticks = calendarTicks(
      { from: Date.UTC(1920, 10, 15), to: Date.UTC(1921, 5, 30) },
      { unit: 'month', step: 3 },
    );
    expect(ticks.map(iso)).toEqual(['1920-10-01', '1921-01-01', '1921-04-01']);
  });

  it('restarts day steps at the 1st of each month, in a leap year too', () => {
    const ticks = calendarTicks(
      { from: Date.UTC(1920, 1, 26), to: Date.UTC(1920, 2, 4) },
      { unit: 'day', step: 2 },
    );
    expect(ticks.map(iso)).toEqual(['1920-02-25', '1920-02-27', '1920-02-29', '1920-03-01', '1920-03-03']);
  });

  it('gives one tick for a window inside one step', () => {
    const ticks = calendarTicks(
      { from: Date.UTC(1921, 2, 8), to: Date.UTC(1921, 2, 16) },
      { unit: 'year', step: 1 },
    );
    expect(ticks.map(iso)).toEqual(['1921-01-01']);
  });

  it('stops at a thousand ticks, however fine the step', () => {
    expect(
      calendarTicks({ from: Date.UTC(1900, 0, 1), to: Date.UTC(1946, 0, 1) }, { unit: 'day', step: 1 }),
    ).toHaveLength(1000);
  });
});

describe('nameOfMonth', () => {
  it('names months in full and abbreviated, January being 1', () => {
    expect(nameOfMonth(1)).toBe('January');
    expect(nameOfMonth(9)).toBe('September');
    expect(nameOfMonth(9, 'abbreviated')).toBe('Sep');
    expect(nameOfMonth(12, 'abbreviated')).toBe('Dec');
  });
});
