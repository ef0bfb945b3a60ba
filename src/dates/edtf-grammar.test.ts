import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEdtfDate } from './edtf-grammar';
import { parseDate, type Precision } from './parse';

/** What our reader makes of a string: its precision and qualifiers, or a rejection. */
type Read = { precision: Precision; approximate: boolean; uncertain: boolean } | 'rejected';

const exact = (precision: Precision): Read => ({ precision, approximate: false, uncertain: false });

/**
 * Each sample with what our reader and the edtf grammar should each say of it. Our reader may be
 * stricter than the grammar (the rows where the grammar accepts and we reject say why), never looser.
 */
const SAMPLES: { value: string; ours: Read; grammar: boolean }[] = [
  { value: '1921', ours: exact('year'), grammar: true },
  { value: '1921-03', ours: exact('month'), grammar: true },
  { value: '1921-03-08', ours: exact('day'), grammar: true },
  { value: '1926~', ours: { precision: 'year', approximate: true, uncertain: false }, grammar: true },
  { value: '1923-09?', ours: { precision: 'month', approximate: false, uncertain: true }, grammar: true },
  { value: '1923-09%', ours: { precision: 'month', approximate: true, uncertain: true }, grammar: true },
  { value: '1921-03-08~', ours: { precision: 'day', approximate: true, uncertain: false }, grammar: true },
  { value: '1921-13', ours: 'rejected', grammar: false },
  { value: '1921-00', ours: 'rejected', grammar: false },
  { value: '1921-02-30', ours: 'rejected', grammar: false },
  // 1921 was no leap year: the grammar lets 29 February through, our calendar check does not.
  { value: '1921-02-29', ours: 'rejected', grammar: true },
  { value: '1920-02-29', ours: exact('day'), grammar: true },
  { value: '1921-3', ours: 'rejected', grammar: false },
  { value: '21', ours: 'rejected', grammar: false },
  // Intervals are EDTF, but not single dates: events carry start and end apart.
  { value: '1921/1922', ours: 'rejected', grammar: false },
  { value: '1921-03-08/1921-03-16', ours: 'rejected', grammar: false },
  { value: 'March 1921', ours: 'rejected', grammar: false },
  { value: '', ours: 'rejected', grammar: false },
  // Level 1 allows unspecified digits, times and negative years; the product stores none of them.
  { value: '192X', ours: 'rejected', grammar: true },
  { value: '1921-03-08T10:00', ours: 'rejected', grammar: true },
  { value: '-1921', ours: 'rejected', grammar: true },
  // Approximate and uncertain together is written %, not ~?.
  { value: '1921~?', ours: 'rejected', grammar: false },
];

function read(value: string): Read {
  const date = parseDate(value);
  return date === null
    ? 'rejected'
    : { precision: date.precision, approximate: date.approximate, uncertain: date.uncertain };
}

describe('parseDate beside the edtf grammar', () => {
  it.each(SAMPLES)('on $value: ours $ours, the grammar $grammar', ({ value, ours, grammar }) => {
    expect(read(value)).toEqual(ours);
    expect(isEdtfDate(value)).toBe(grammar);
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
