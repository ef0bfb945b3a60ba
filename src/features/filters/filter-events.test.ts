import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { filterEvents, hasFilters } from './filter-events';

const event = (
  id: string,
  factions: string[],
  kind: HistoricalEvent['kind'],
  people: string[] = [],
  speaker?: string,
) =>
  ({
    id,
    title: id,
    start: '1921',
    kind,
    factions,
    people,
    summary: 's',
    passages: [speaker ? { quote: 'q', cite: 'c', speaker } : { quote: 'q', cite: 'c' }],
  }) satisfies HistoricalEvent;

const events = [
  event('congress', ['party-leadership', 'workers-opposition'], 'congress', ['lenin']),
  event('pamphlet', ['workers-opposition'], 'publication', ['kollontai']),
  event('rising', ['kronstadt'], 'uprising', [], 'trotsky'),
];
const none = { factions: [], kinds: [], people: [] };

describe('filterEvents', () => {
  it('shows everything without filters', () => {
    expect(filterEvents(events, none, null).map((e) => e.id)).toEqual(['congress', 'pamphlet', 'rising']);
  });

  it('matches an event by any of its factions, not only its lane', () => {
    expect(
      filterEvents(events, { ...none, factions: ['workers-opposition'] }, null).map((e) => e.id),
    ).toEqual(['congress', 'pamphlet']);
  });

  it('ORs choices within a filter and ANDs across filters', () => {
    expect(filterEvents(events, { ...none, kinds: ['congress', 'uprising'] }, null).map((e) => e.id)).toEqual(
      ['congress', 'rising'],
    );
    expect(
      filterEvents(events, { ...none, factions: ['workers-opposition'], kinds: ['publication'] }, null).map(
        (e) => e.id,
      ),
    ).toEqual(['pamphlet']);
  });

  it('finds a person among the people or the speakers of the quotations', () => {
    expect(filterEvents(events, { ...none, people: ['trotsky'] }, null).map((e) => e.id)).toEqual(['rising']);
  });

  it('keeps only search matches when there is a search', () => {
    expect(filterEvents(events, none, new Set(['pamphlet'])).map((e) => e.id)).toEqual(['pamphlet']);
  });
});

describe('hasFilters', () => {
  it('ignores a search of blanks', () => {
    expect(hasFilters({ ...none, q: '   ' })).toBe(false);
    expect(hasFilters({ ...none, q: 'x' })).toBe(true);
  });
});
