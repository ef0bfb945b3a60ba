import { describe, expect, it } from 'vitest';
import type { EventListing } from '../../data/schemas';
import { chipColours, chipsFor, countFilterable, countVoices } from './chip-counts';

const event = (id: string, factions: string[], kind: EventListing['kind'], people: string[] = []) =>
  ({ id, title: id, start: '1921', kind, factions, people, passages: [{}] }) satisfies EventListing;

const events = [
  event('congress', ['party-leadership', 'workers-opposition'], 'congress', ['lenin']),
  event('pamphlet', ['workers-opposition'], 'publication', ['kollontai']),
  event('rising', ['kronstadt'], 'uprising'),
];
const factions = [
  { id: 'party-leadership', label: 'Party leadership' },
  { id: 'workers-opposition', label: "Workers' Opposition" },
  { id: 'kronstadt', label: 'Kronstadt sailors' },
  { id: 'anarchists', label: 'Anarchists' },
];

describe('countFilterable', () => {
  it('counts an event once for each of its factions, its kind and each of its people', () => {
    const counts = countFilterable(events);
    expect(Object.fromEntries(counts.factions)).toEqual({
      'party-leadership': 1,
      'workers-opposition': 2,
      kronstadt: 1,
    });
    expect(Object.fromEntries(counts.kinds)).toEqual({ congress: 1, publication: 1, uprising: 1 });
    expect(Object.fromEntries(counts.people)).toEqual({ lenin: 1, kollontai: 1 });
  });
});

describe('countVoices', () => {
  it('counts an event once for each voice it quotes, stated or derived from its speaker', () => {
    const quoting = (id: string, passages: EventListing['passages']) => ({
      ...event(id, [], 'congress'),
      passages,
    });
    const peopleById = new Map([['trotsky', { voice: 'participant' as const }]]);
    const counts = countVoices(
      [
        quoting('speeches', [{ speaker: 'trotsky' }, { voice: 'participant' }, { voice: 'historian' }]),
        quoting('argument', [{ voice: 'faq' }]),
        // A speaker the people do not have: no voice to count.
        quoting('unknown', [{ speaker: 'nobody' }]),
      ],
      peopleById,
    );
    expect(Object.fromEntries(counts)).toEqual({ participant: 1, historian: 1, faq: 1 });
  });
});

describe('chipsFor', () => {
  it('leaves out what no event carries and gives only totals when every event is shown', () => {
    const chips = chipsFor(factions, countFilterable(events).factions, null);
    expect(chips.map((c) => [c.id, c.total, c.shown])).toEqual([
      ['party-leadership', 1, null],
      ['workers-opposition', 2, null],
      ['kronstadt', 1, null],
    ]);
  });

  it('says how the events shown split, zero for a faction none of them carry', () => {
    const shown = countFilterable(events.filter((e) => e.id === 'pamphlet')).factions;
    const chips = chipsFor(factions, countFilterable(events).factions, shown);
    expect(chips.map((c) => [c.id, c.shown, c.total])).toEqual([
      ['party-leadership', 0, 1],
      ['workers-opposition', 1, 2],
      ['kronstadt', 0, 1],
    ]);
  });
});

describe('chipColours', () => {
  it("gives a chip the faction's colour in both themes", () => {
    expect(chipColours({ colour: '#1b6a4c', colourDark: '#6fd0a5' })).toEqual({
      fill: 'light-dark(#1b6a4c, #6fd0a5)',
    });
  });
});
