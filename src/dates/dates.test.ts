import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDualDate,
  formatInstant,
  formatOldStyle,
  formatEventDate,
  formatEventDates,
  formatRange,
  formatSpan,
  parseDate,
  toOldStyle,
} from './index';

const d = (s: string) => {
  const parsed = parseDate(s);
  if (!parsed) throw new Error(`test date ${s} did not parse`);
  return parsed;
};

describe('parseDate', () => {
  it('reads the years 0–99 as themselves, not as 1900–1999', () => {
    expect(new Date(parseDate('0000')?.min ?? NaN).getUTCFullYear()).toBe(0);
    expect(new Date(parseDate('0099-12')?.min ?? NaN).getUTCFullYear()).toBe(99);
    expect(new Date(parseDate('0099')?.max ?? NaN).toISOString()).toBe('0099-12-31T23:59:59.999Z');
    expect(parseDate('0004-02-29')?.day).toBe(29);
  });

  it('reads year, month and day precision', () => {
    expect(d('1921')).toMatchObject({ year: 1921, precision: 'year' });
    expect(d('1921-03')).toMatchObject({ year: 1921, month: 3, precision: 'month' });
    expect(d('1921-03-08')).toMatchObject({ year: 1921, month: 3, day: 8, precision: 'day' });
  });

  it('covers the whole span of an imprecise date', () => {
    const march = d('1921-03');
    expect(new Date(march.min).toISOString()).toBe('1921-03-01T00:00:00.000Z');
    expect(new Date(march.max).toISOString()).toBe('1921-03-31T23:59:59.999Z');
  });

  it('flags approximate and uncertain dates', () => {
    expect(d('1926~')).toMatchObject({ approximate: true, uncertain: false });
    expect(d('1923-09?')).toMatchObject({ approximate: false, uncertain: true });
    expect(d('1923-09%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('rejects impossible and malformed dates instead of throwing', () => {
    expect(parseDate('1921-13')).toBeNull();
    expect(parseDate('1921-02-30')).toBeNull();
    expect(parseDate('1921-02-29')).toBeNull();
    expect(parseDate('1920-02-29')).not.toBeNull();
    expect(parseDate('March 1921')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('parses each string once and hands every caller the same frozen result', () => {
    const first = parseDate('1921-03-08~');
    expect(parseDate('1921-03-08~')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseDate('1921-02-30')).toBeNull();
    expect(parseDate('1921-02-30')).toBeNull();
  });

  it('rejects intervals, which events express as start and end', () => {
    expect(parseDate('1921-03-08/1921-03-16')).toBeNull();
  });
});

describe('formatDate and formatRange', () => {
  it('writes each precision as a historian would', () => {
    expect(formatDate(d('1921'))).toBe('1921');
    expect(formatDate(d('1921-03'))).toBe('March 1921');
    expect(formatDate(d('1921-03-08'))).toBe('8 March 1921');
  });

  it('marks approximate and uncertain dates', () => {
    expect(formatDate(d('1926~'))).toBe('c. 1926');
    expect(formatDate(d('1923-09?'))).toBe('September 1923?');
  });

  it('writes shared parts of a range once', () => {
    expect(formatRange(d('1921-03-08'), d('1921-03-16'))).toBe('8–16 March 1921');
    expect(formatRange(d('1918-03'), d('1918-06'))).toBe('March–June 1918');
    expect(formatRange(d('1921-02-28'), d('1921-03-03'))).toBe('28 February – 3 March 1921');
    expect(formatRange(d('1918'), d('1921'))).toBe('1918–1921');
  });

  it('spells out both ends of a range across years', () => {
    expect(formatRange(d('1923-10'), d('1927-12'))).toBe('October 1923 – December 1927');
    expect(formatRange(d('1921-03'), d('1928'))).toBe('March 1921 – 1928');
    expect(formatRange(d('1917-12-20'), d('1918-01-05'))).toBe('20 December 1917 – 5 January 1918');
  });

  it('keeps qualifiers on each end of a range', () => {
    expect(formatRange(d('1926~'), d('1927'))).toBe('c. 1926 – 1927');
  });

  it('collapses a range whose ends are the same day or year', () => {
    expect(formatRange(d('1921-03-08'), d('1921-03-08'))).toBe('8 March 1921');
    expect(formatRange(d('1921'), d('1921'))).toBe('1921');
  });
});

describe('Old Style dates', () => {
  it('derives the Julian day 13 days behind the Gregorian', () => {
    expect(toOldStyle(Date.UTC(1917, 10, 7))).toEqual({ year: 1917, month: 10, day: 25 });
  });

  it('gives both calendars for the October Revolution', () => {
    expect(formatDualDate(d('1917-11-07'))).toBe('25 October / 7 November 1917');
  });

  it('writes both years when the calendars straddle New Year', () => {
    expect(formatDualDate(d('1918-01-01'))).toBe('19 December 1917 / 1 January 1918');
  });

  it('switches calendar on 14 February 1918 New Style', () => {
    expect(formatOldStyle(d('1918-02-13'))).toBe('31 January 1918');
    expect(formatOldStyle(d('1918-02-14'))).toBeNull();
    expect(formatDualDate(d('1918-02-14'))).toBe('14 February 1918');
    // 1 February 1918 NS never existed in Russia; its Julian equivalent is 19 January.
    expect(formatOldStyle(d('1918-02-01'))).toBe('19 January 1918');
  });

  it('gives no Old Style date for a month or year, which would be guesswork', () => {
    expect(formatOldStyle(d('1917-11'))).toBeNull();
    expect(formatOldStyle(d('1912'))).toBeNull();
  });

  it('dates a range before the reform in both calendars', () => {
    expect(formatDualDate(d('1918-01-18'), d('1918-01-19'))).toBe(
      '5–6 January 1918 (Old Style) / 18–19 January 1918',
    );
  });
});

describe('formatSpan', () => {
  it('writes a stretch of time at the precision its length calls for', () => {
    expect(formatSpan(Date.UTC(1918, 0, 1), Date.UTC(1924, 5, 1))).toBe('1918–1924');
    expect(formatSpan(Date.UTC(1921, 2, 1), Date.UTC(1922, 5, 30))).toBe('March 1921 – June 1922');
    expect(formatSpan(Date.UTC(1921, 2, 8), Date.UTC(1921, 2, 16))).toBe('8–16 March 1921');
    expect(formatSpan(Date.UTC(1921, 2, 8), Date.UTC(1921, 2, 8))).toBe('8 March 1921');
  });
});

describe('formatEventDates', () => {
  it('writes an event at its own precision, with Old Style before the calendar reform', () => {
    expect(formatEventDates({ start: '1921-03-08', end: '1921-03-16' })).toEqual({
      newStyle: '8–16 March 1921',
      oldStyle: null,
    });
    expect(formatEventDates({ start: '1918-01-05' }).oldStyle).toBe('23 December 1917');
    expect(formatEventDate({ start: '1926~' })).toBe('c. 1926');
  });

  it('writes a period before the reform in both calendars, shared parts once', () => {
    // The Constituent Assembly met on 18–19 January 1918 New Style, 5–6 January Old Style.
    expect(formatEventDates({ start: '1918-01-18', end: '1918-01-19' })).toEqual({
      newStyle: '18–19 January 1918',
      oldStyle: '5–6 January 1918',
    });
    expect(formatEventDates({ start: '1917-12-20', end: '1918-01-05' })).toEqual({
      newStyle: '20 December 1917 – 5 January 1918',
      oldStyle: '7–23 December 1917',
    });
  });

  it('gives no Old Style for a date known only to the month, or from 14 February 1918 on', () => {
    expect(formatEventDates({ start: '1917-11' })).toEqual({ newStyle: 'November 1917', oldStyle: null });
    expect(formatEventDates({ start: '1918-02-14' }).oldStyle).toBeNull();
  });

  it('writes approximate and uncertain periods with their marks on each end', () => {
    expect(formatEventDate({ start: '1923-09?', end: '1923-12' })).toBe('September 1923? – December 1923');
    expect(formatEventDate({ start: '1918', end: '1921' })).toBe('1918–1921');
  });

  it('writes a faction’s years the same way (anything with a start and an end)', () => {
    expect(formatEventDate({ start: '1920', end: '1922-03' })).toBe('1920 – March 1922');
  });

  it('writes a date that does not parse as it is', () => {
    expect(formatEventDate({ start: 'sometime' })).toBe('sometime');
  });
});

describe('formatInstant', () => {
  it('writes an instant to the precision asked for', () => {
    expect(formatInstant(Date.UTC(1921, 2, 8, 12), 'day')).toBe('8 March 1921');
    expect(formatInstant(Date.UTC(1921, 2, 8), 'month')).toBe('March 1921');
    expect(formatInstant(Date.UTC(1921, 2, 8), 'year')).toBe('1921');
  });
});
