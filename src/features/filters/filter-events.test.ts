import { describe, expect, it } from 'vitest';
import type { EventListing, HistoricalEvent } from '../../data/schemas';
import type { Filters } from '../../state/slices';
import { filterEvents as filterEventsBy, hasFilters } from './filter-events';

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
const none = { factions: [], kinds: [], people: [], voice: null };
const peopleById = new Map([
  ['trotsky', { voice: 'participant' as const }],
  ['carr', { voice: 'historian' as const }],
]);
const filterEvents = <E extends EventListing>(
  list: readonly E[],
  filters: Omit<Filters, 'q'>,
  searchIds: ReadonlySet<string> | null,
) => filterEventsBy(list, filters, searchIds, peopleById);

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

  describe('by voice', () => {
    const passage = { quote: 'q', cite: 'c' };
    const quoting = (id: string, passages: HistoricalEvent['passages']) => ({
      ...event(id, [], 'congress'),
      passages,
    });
    const whole = [
      // The FAQ's own words: neither speaker nor cited work.
      quoting('faq-only', [passage, passage]),
      // A speaker of the time, after the FAQ's framing.
      quoting('speech', [passage, { ...passage, speaker: 'trotsky', work: 'My Life' }]),
      // A resolution of the time, which the data states to be one, and a historian.
      quoting('resolution', [
        { ...passage, work: 'Resolution', voice: 'participant' },
        { ...passage, speaker: 'carr' },
      ]),
      quoting('historian', [{ ...passage, speaker: 'carr' }]),
    ];

    it('keeps for "words of the time only" the events with at least one passage of the time', () => {
      expect(filterEvents(whole, { ...none, voice: 'participant' }, null).map((e) => e.id)).toEqual([
        'speech',
        'resolution',
      ]);
    });

    it('reads the voice the first view’s listing carries, with no speaker to derive it from', () => {
      const listed: EventListing[] = [
        { ...event('listed-faq', [], 'congress'), passages: [{ voice: 'faq' }] },
        {
          ...event('listed-resolution', [], 'congress'),
          passages: [{ voice: 'faq' }, { voice: 'participant' }],
        },
      ];
      expect(filterEvents(listed, { ...none, voice: 'participant' }, null).map((e) => e.id)).toEqual([
        'listed-resolution',
      ]);
    });

    it('combines with the other filters', () => {
      const filters = { ...none, voice: 'historian' as const, people: ['carr'] };
      expect(filterEvents(whole, filters, new Set(['historian'])).map((e) => e.id)).toEqual(['historian']);
      expect(filterEvents(whole, { ...none, voice: 'faq' }, null).map((e) => e.id)).toEqual([
        'faq-only',
        'speech',
      ]);
    });
  });
});

describe('hasFilters', () => {
  it('ignores a search of blanks', () => {
    expect(hasFilters({ ...none, q: '   ' })).toBe(false);
    expect(hasFilters({ ...none, q: 'x' })).toBe(true);
  });

  it('counts a voice as a filter', () => {
    expect(hasFilters({ ...none, q: '', voice: 'participant' })).toBe(true);
  });
});
