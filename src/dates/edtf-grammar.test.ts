import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEdtfDate } from './edtf-grammar';
import { parseDate } from './parse';

const SAMPLES = [
  '1921',
  '1921-03',
  '1921-03-08',
  '1926~',
  '1923-09?',
  '1923-09%',
  '1921-03-08~',
  '1921-13',
  '1921-00',
  '1921-02-30',
  '1921-02-29',
  '1920-02-29',
  '1921-3',
  '21',
  '1921/1922',
  '1921-03-08/1921-03-16',
  'March 1921',
  '',
  '192X',
  '1921-03-08T10:00',
  '-1921',
  '1921~?',
];

describe('parseDate agrees with the edtf grammar', () => {
  it.each(SAMPLES)('on %j', (value) => {
    // Our reader may be stricter (it rejects 29 February 1921, which the grammar lets through),
    // never looser.
    if (parseDate(value) !== null) expect(isEdtfDate(value)).toBe(true);
  });

  it('on every date in the dataset', () => {
    const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { start: string; end?: string }[];
    const dates = events.flatMap((e) => (e.end ? [e.start, e.end] : [e.start]));
    for (const date of dates) {
      expect(parseDate(date), date).not.toBeNull();
      expect(isEdtfDate(date), date).toBe(true);
    }
  });
});
