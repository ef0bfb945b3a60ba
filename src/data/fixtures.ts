import type { Faction, HistoricalEvent, Person } from './schemas';

/*
 * For tests only: small, hand-made records shaped like data/*.json, with the awkward cases the
 * exports must survive.
 */

export const factions: Faction[] = [
  {
    id: 'party-leadership',
    name: 'Party leadership',
    shortName: 'Leadership',
    colour: '#7a1f1f',
    colourDark: '#e0787b',
    start: '1907',
    end: '1937',
    summary: 's',
    stance: 's',
  },
  {
    id: 'workers-opposition',
    name: "Workers' Opposition",
    shortName: 'WO',
    colour: '#1f4e7a',
    colourDark: '#59ade9',
    start: '1920',
    end: '1922',
    summary: 's',
    stance: 's',
  },
];

export const people: Person[] = [
  {
    id: 'lenin',
    name: 'V. I. Lenin',
    aliases: [],
    factions: ['party-leadership'],
    role: 'r',
    voice: 'participant',
  },
  {
    id: 'shlyapnikov',
    name: 'Alexander Shlyapnikov',
    aliases: [],
    factions: ['workers-opposition'],
    role: 'r',
    voice: 'participant',
  },
];

/** Day precision, a range within one month, two factions and people, a note. */
export const tenthCongress: HistoricalEvent = {
  id: 'tenth-party-congress',
  title: 'Tenth Party Congress',
  start: '1921-03-08',
  end: '1921-03-16',
  kind: 'congress',
  factions: ['party-leadership', 'workers-opposition'],
  people: ['lenin', 'shlyapnikov'],
  summary: 'The congress that banned factions, while Kronstadt rose.',
  passages: [
    {
      quote: 'the party is "not a debating society"',
      cite: 'Daniels, The Conscience of the Revolution, p. 145',
    },
    {
      quote: 'a syndicalist, anarchist deviation',
      cite: 'Lenin, Collected Works, vol. 32, p. 245',
      speaker: 'lenin',
      author: 'Lenin',
      work: 'Collected Works',
      pages: 'vol. 32, p. 245',
    },
  ],
  note: 'Dates, New Style.',
};

/** Approximate year, no end, no people, no note: the sparse case. */
export const approximateYear: HistoricalEvent = {
  id: 'united-opposition-forms',
  title: 'The United Opposition forms',
  start: '1926~',
  kind: 'formation',
  factions: ['workers-opposition'],
  people: [],
  summary: 'Trotsky, Zinoviev and Kamenev join forces.',
  passages: [{ quote: 'a bloc', cite: 'An Anarchist FAQ, section 4' }],
};

/** Before the calendar reform (Old Style date), month-precision end, a source date. */
export const beforeReform: HistoricalEvent = {
  id: 'brest-litovsk-debate',
  title: 'Brest-Litovsk debate',
  start: '1918-01-21',
  end: '1918-03',
  kind: 'negotiation',
  factions: ['party-leadership'],
  people: ['lenin'],
  summary: 'Peace or revolutionary war.',
  passages: [{ quote: 'peace at any price', cite: 'Carr, The Bolshevik Revolution, p. 20' }],
  sourceDate: 'early 1918',
};

export const events: HistoricalEvent[] = [tenthCongress, approximateYear, beforeReform];
