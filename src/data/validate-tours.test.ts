import { describe, expect, it } from 'vitest';
import { formatDataError } from './data-error';
import type { HistoricalEvent } from './schemas';
import { validateTours } from './validate-tours';

const events = [
  {
    id: 'kronstadt-rising',
    title: 'K',
    start: '1921-03',
    kind: 'uprising',
    factions: ['kronstadt'],
    people: [],
    summary: 's',
    passages: [{ quote: 'q', cite: 'c' }],
  },
] satisfies HistoricalEvent[];
const tour = {
  id: 'a-tour',
  title: 'A tour',
  steps: [{ event: 'kronstadt-rising', passage: 1, window: { from: '1921-01-01', to: '1921-06-30' } }],
};

describe('validateTours', () => {
  it('accepts a tour whose steps name real events and passages', () => {
    expect(validateTours([tour], events)).toEqual({ tours: [tour], errors: [] });
  });

  it('names an unknown event, a missing passage and a backwards window', () => {
    const bad = {
      ...tour,
      steps: [
        { event: 'no-such-event' },
        { event: 'kronstadt-rising', passage: 3 },
        { event: 'kronstadt-rising', window: { from: '1921-06-30', to: '1921-01-01' } },
      ],
    };
    expect(validateTours([bad], events).errors.map(formatDataError)).toEqual([
      'data/tours.json: a-tour: steps[0].event: unknown event "no-such-event"',
      'data/tours.json: a-tour: steps[1].passage: 3 is more than the 1 passages of "kronstadt-rising"',
      'data/tours.json: a-tour: steps[2].window: 1921-06-30 is not before 1921-01-01',
    ]);
  });

  it('rejects a file that is not a list of tours', () => {
    expect(validateTours({}, events).errors.map(formatDataError)).toEqual([
      'data/tours.json: (file): (root): must be a JSON array of tours',
    ]);
  });
});
