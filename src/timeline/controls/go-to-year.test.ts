import { describe, expect, it } from 'vitest';
import { emptyYearNote, readYear } from './go-to-year';

describe('readYear', () => {
  it('reads a four-digit year inside the timeline', () => {
    expect(readYear(' 1921 ')).toEqual({ year: 1921 });
  });

  it('names what is wrong with anything else', () => {
    expect(readYear('21')).toEqual({ problem: 'Type a year as four digits, from 1900 to 1945.' });
    expect(readYear('1950')).toEqual({ problem: 'The timeline runs from 1900 to 1945.' });
    expect(readYear('19x1')).toHaveProperty('problem');
  });
});

describe('emptyYearNote', () => {
  const at = (y: number, m = 0) => new Date(Date.UTC(y, m, 1));
  const events = [{ start: at(1907, 3) }, { start: at(1920, 5), end: at(1922, 2) }, { start: at(1937, 7) }];

  it('says nothing of a year an event falls in, or a period runs through', () => {
    expect(emptyYearNote(1907, events)).toBeNull();
    expect(emptyYearNote(1921, events)).toBeNull();
  });

  it('names the nearest year with events, before or after, the earlier on a tie', () => {
    expect(emptyYearNote(1905, events)).toBe('No events in 1905: the nearest are in 1907.');
    expect(emptyYearNote(1924, events)).toBe('No events in 1924: the nearest are in 1922.');
    expect(emptyYearNote(1929, events)).toBe('No events in 1929: the nearest are in 1922.');
    expect(emptyYearNote(1930, events)).toBe('No events in 1930: the nearest are in 1937.');
    expect(emptyYearNote(1912, [{ start: at(1910) }, { start: at(1914) }])).toBe(
      'No events in 1912: the nearest are in 1910.',
    );
    expect(emptyYearNote(1940, [])).toBe('No events in 1940.');
  });
});
