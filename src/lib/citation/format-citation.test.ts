import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { Work } from '../../data/works';
import { SOURCE_WORK } from './source-work';
import { citeRequest } from './cite-request';
import { formatBibliographyEntry, formatNote } from './format-citation';
import {
  brintonOnLenin,
  faqOnTrotsky,
  leninInCollectedWorks,
  osinskyInBrinton,
  peopleById,
  worksById,
} from './fixtures.test-support';

const CITED_IN_FAQ =
  'cited in The Anarchist FAQ Editorial Collective, “Were Any of the Bolshevik Oppositions a Real Alternative?,” in An Anarchist FAQ (n.d.).';

const note = (passage: Parameters<typeof citeRequest>[0]) =>
  formatNote(citeRequest(passage, peopleById, worksById));
const entry = (passage: Parameters<typeof citeRequest>[0]) =>
  formatBibliographyEntry(citeRequest(passage, peopleById, worksById));

// citeproc reads the style once, the first time it writes (seconds on a loaded machine).
beforeAll(() => {
  formatNote(citeRequest(faqOnTrotsky, peopleById, worksById));
}, 60_000);

describe('Chicago notes through citeproc', () => {
  it('names the author when the speaker is the author (Brinton quoting Brinton), with place, publisher and year', () => {
    expect(note(brintonOnLenin)).toBe(
      `Maurice Brinton, The Bolsheviks and Workers’ Control, 1917 to 1921 (London: Solidarity, 1970), 76; ${CITED_IN_FAQ}`,
    );
  });

  it('cites a speaker quoted in another’s work as “quoted in” that work, then the FAQ', () => {
    expect(note(osinskyInBrinton)).toBe(
      `Valerian Osinsky, quoted in Maurice Brinton, The Bolsheviks and Workers’ Control, 1917 to 1921 (London: Solidarity, 1970), 39; ${CITED_IN_FAQ}`,
    );
  });

  it('writes a volume and a page range in Chicago’s way', () => {
    expect(note(leninInCollectedWorks)).toBe(
      `V. I. Lenin, Collected Works (Moscow: Progress Publishers, n.d.), 32:245–46; ${CITED_IN_FAQ}`,
    );
  });

  it('cites the FAQ’s own words with their section’s number and title, and nothing after', () => {
    expect(note(faqOnTrotsky)).toBe(
      'The Anarchist FAQ Editorial Collective, “Were Any of the Bolshevik Oppositions a Real Alternative?,” in An Anarchist FAQ (n.d.), sec. 3, “What about Trotsky’s ‘Left Opposition’ in the 1920s?”',
    );
  });

  it('still cites a work missing from the bibliography, from the passage’s own fields', () => {
    expect(note({ ...osinskyInBrinton, workId: 'not-in-the-bibliography' })).toBe(
      `Valerian Osinsky, quoted in Maurice Brinton, The Bolsheviks and Workers’ Control (n.d.), 39; ${CITED_IN_FAQ}`,
    );
  });
});

describe('Chicago bibliography entries through citeproc', () => {
  it('gives a book its author inverted, place, publisher and year', () => {
    expect(entry(osinskyInBrinton)).toBe(
      'Brinton, Maurice. The Bolsheviks and Workers’ Control, 1917 to 1921. London: Solidarity, 1970.',
    );
  });

  it('gives the FAQ’s own words the FAQ appendix', () => {
    expect(entry(faqOnTrotsky)).toBe(
      'The Anarchist FAQ Editorial Collective. “Were Any of the Bolshevik Oppositions a Real Alternative?” In An Anarchist FAQ. n.d.',
    );
  });
});

describe('Chicago notes from the real bibliography', () => {
  const works = new Map(
    (JSON.parse(readFileSync('data/works.json', 'utf8')) as Work[]).map((w) => [w.id, w] as const),
  );
  const { events, people } = realDataset();
  const realPeople = new Map(people.map((p) => [p.id, p]));
  const faqOwn = events
    .flatMap((e) => e.passages)
    .find((p) => p.workId === SOURCE_WORK.id && p.faqSection === 3);

  it('cites the FAQ’s own words once, with their section and the year of the appendix’s revision', () => {
    expect(faqOwn).toBeDefined();
    if (!faqOwn) return;
    const written = formatNote(citeRequest(faqOwn, realPeople, works));
    expect(written).toBe(
      'The Anarchist FAQ Editorial Collective, “Were Any of the Bolshevik Oppositions a Real Alternative?,” An Anarchist FAQ, 2018, sec. 3, “What about Trotsky’s ‘Left Opposition’ in the 1920s?”',
    );
    expect(written).not.toContain('cited in');
  });
});
