import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { sortEvents } from './sort-events';

const e = (id: string, title: string, start: string) =>
  ({
    id,
    title,
    start,
    kind: 'statement',
    factions: ['x'],
    people: [],
    summary: 's',
    passages: [{ quote: 'q', cite: 'c' }],
  }) satisfies HistoricalEvent;

const events = [e('b', 'Bravo', '1921-03'), e('a', 'Alpha', '1923'), e('c', 'Charlie', '1918-01-05')];

describe('sortEvents', () => {
  it('sorts by date either way', () => {
    expect(sortEvents(events, 'date', 'ascending').map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(sortEvents(events, 'date', 'descending').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts by title', () => {
    expect(sortEvents(events, 'title', 'ascending').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the array it was given', () => {
    sortEvents(events, 'title', 'descending');
    expect(events.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});
