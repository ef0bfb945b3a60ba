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

  it('sorts by kind and by the factions’ names, then by date within them', () => {
    const kinds = [
      { ...e('p2', 'Zulu', '1925'), kind: 'publication' as const },
      { ...e('c', 'Congress', '1921'), kind: 'congress' as const },
      { ...e('p1', 'Yankee', '1919'), kind: 'publication' as const },
    ];
    expect(sortEvents(kinds, 'kind', 'ascending').map((x) => x.id)).toEqual(['c', 'p1', 'p2']);
    expect(sortEvents(kinds, 'kind', 'descending').map((x) => x.id)).toEqual(['p2', 'p1', 'c']);
    const names: Record<string, string> = {
      lo: 'Left Opposition',
      wo: "Workers' Opposition",
      dc: 'Democratic Centralists',
    };
    const sided = [
      { ...e('w', 'One', '1921'), factions: ['wo'] },
      { ...e('l', 'Two', '1923'), factions: ['lo', 'dc'] },
      { ...e('d', 'Three', '1920'), factions: ['dc'] },
    ];
    // By the names the list writes, not the ids: "Democratic…", "Left…", "Workers'…".
    expect(sortEvents(sided, 'factions', 'ascending', (id) => names[id] ?? id).map((x) => x.id)).toEqual([
      'd',
      'l',
      'w',
    ]);
  });

  it('does not change the array it was given', () => {
    sortEvents(events, 'title', 'descending');
    expect(events.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});
