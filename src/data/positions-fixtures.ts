import type { Positions } from './positions';
import type { Faction, HistoricalEvent, Person } from './schemas';

/*
 * For tests only: a two-by-two compare matrix over three factions, three events and a source
 * text, each record as small as the schemas allow.
 */

const faction = (id: string, start: string): Faction => ({
  id,
  end: '1937',
  name: id,
  shortName: id,
  colour: '#7a1f1f',
  colourDark: '#e0787b',
  start,
  summary: 's',
  stance: 's',
});

export const positionsFactions: Faction[] = [
  faction('party-leadership', '1907'),
  faction('left-communists', '1918-01'),
  faction('workers-opposition', '1920'),
];

export const positionsPeople: Person[] = [
  {
    id: 'lenin',
    name: 'Lenin',
    aliases: [],
    factions: ['party-leadership'],
    role: 'r',
    voice: 'participant',
  },
  {
    id: 'shlyapnikov',
    name: 'Shlyapnikov',
    aliases: [],
    factions: ['workers-opposition'],
    role: 'r',
    voice: 'participant',
  },
];

const event = (id: string, factions: string[], passages: HistoricalEvent['passages']): HistoricalEvent => ({
  id,
  title: id,
  start: '1921',
  kind: 'congress',
  factions,
  people: [],
  summary: 's',
  passages,
});

export const positionsEvents: HistoricalEvent[] = [
  event(
    'kommunist',
    ['left-communists'],
    [
      { quote: 'They argued against one-man management and state capitalism.', cite: 'c' },
      { quote: 'Socialism will be set up by the proletariat itself.', cite: 'c' },
    ],
  ),
  // An event of the leadership in which a member of the Workers' Opposition speaks.
  event(
    'tenth-congress',
    ['party-leadership'],
    [
      { quote: 'Since when have we been enemies of komitetchina?', cite: 'c', speaker: 'shlyapnikov' },
      { quote: 'Syndicalist nonsense must go into the wastepaper basket.', cite: 'c', speaker: 'lenin' },
    ],
  ),
];

/** The text the fixtures' quotations stand in. */
export const positionsSource = positionsEvents.flatMap((e) => e.passages.map((p) => p.quote)).join(' ');

export const positionsReferences = {
  events: positionsEvents,
  factions: positionsFactions,
  people: positionsPeople,
};

/** A complete, valid matrix: two questions × two factions. */
export const validPositions = (): Positions => ({
  questions: [
    {
      id: 'one-man-management',
      name: 'One-man management',
      question: 'Should one manager run each factory?',
    },
    { id: 'party-dictatorship', name: 'Party dictatorship', question: 'Should the party rule alone?' },
  ],
  factions: ['left-communists', 'workers-opposition'],
  cells: [
    {
      faction: 'left-communists',
      question: 'one-man-management',
      stance: 'Against it.',
      events: ['kommunist'],
      passages: [{ event: 'kommunist', quote: 'against one-man management' }],
    },
    { faction: 'left-communists', question: 'party-dictatorship', events: [], passages: [] },
    {
      faction: 'workers-opposition',
      question: 'one-man-management',
      stance: 'Against rule by committees.',
      events: ['tenth-congress'],
      passages: [{ event: 'tenth-congress', quote: 'Since when have we been enemies of komitetchina?' }],
    },
    { faction: 'workers-opposition', question: 'party-dictatorship', events: [], passages: [] },
  ],
});
