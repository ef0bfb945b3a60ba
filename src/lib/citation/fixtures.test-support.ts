// Test support only: works shaped like data/works.json, and the people who speak in them.
import type { Passage, Person } from '../../data/schemas';
import type { Work } from '../../data/works';

export const brintonBook: Work = {
  id: 'brinton-bolsheviks-workers-control',
  type: 'book',
  title: "The Bolsheviks and Workers' Control, 1917 to 1921",
  author: [{ family: 'Brinton', given: 'Maurice' }],
  publisher: 'Solidarity',
  'publisher-place': 'London',
  issued: { 'date-parts': [[1970]] },
};

export const leninWorks: Work = {
  id: 'lenin-collected-works',
  type: 'book',
  title: 'Collected Works',
  author: [{ family: 'Lenin', given: 'V. I.' }],
  publisher: 'Progress Publishers',
  'publisher-place': 'Moscow',
};

export const works: Work[] = [brintonBook, leninWorks];
export const worksById = new Map(works.map((w) => [w.id, w]));

export const citingPeople: Person[] = [
  { id: 'brinton', name: 'Maurice Brinton', aliases: [], factions: [], role: 'r', voice: 'historian' },
  { id: 'osinsky', name: 'Valerian Osinsky', aliases: [], factions: [], role: 'r', voice: 'participant' },
  { id: 'lenin', name: 'V. I. Lenin', aliases: [], factions: [], role: 'r', voice: 'participant' },
];
export const peopleById = new Map(citingPeople.map((p) => [p.id, p]));

/** Brinton quoting himself: the speaker is the author. */
export const brintonOnLenin: Passage = {
  quote: 'Lenin here poses quite clearly the question of ...',
  cite: 'Maurice Brinton, The Bolsheviks and Workers Control, p. 76',
  speaker: 'brinton',
  author: 'Maurice Brinton',
  work: 'The Bolsheviks and Workers Control',
  pages: 'p. 76',
  workId: brintonBook.id,
};

/** Osinsky's words, quoted in Brinton's book. */
export const osinskyInBrinton: Passage = {
  quote: 'Socialism and socialist organisation will be set up by the proletariat itself ...',
  cite: "Osinsky, quoted in Maurice Brinton, The Bolsheviks and Workers' Control, p. 39",
  speaker: 'osinsky',
  author: 'Maurice Brinton',
  work: "The Bolsheviks and Workers' Control",
  pages: 'p. 39',
  workId: brintonBook.id,
};

/** Lenin's own works, a volume and a page range. */
export const leninInCollectedWorks: Passage = {
  quote: 'q',
  cite: 'Lenin, Collected Works, vol. 32, pp. 245-6',
  speaker: 'lenin',
  author: 'Lenin',
  work: 'Collected Works',
  pages: 'vol. 32, pp. 245-6',
  workId: leninWorks.id,
};

/** The FAQ's own argument, in its section 3. */
export const faqOnTrotsky: Passage = {
  quote: 'q',
  cite: 'An Anarchist FAQ, section 3',
  voice: 'faq',
  faqSection: 3,
};
