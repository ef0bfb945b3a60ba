import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { tenthCongress } from '../../data/fixtures';
import {
  brintonOnLenin,
  faqOnTrotsky,
  leninInCollectedWorks,
  works,
} from '../../lib/citation/fixtures.test-support';
import { SOURCE_WORK } from '../../lib/citation/source-work';
import { citedWorks } from './cited-works';
import type { Work } from '../../data/works';
import { unwrapRis, worksToBibliography, type BibliographyFormat } from './to-bibliography';

/** Quotations citing Brinton, Lenin, a work the bibliography lacks (Daniels), and the FAQ itself. */
const selection: HistoricalEvent[] = [
  { ...tenthCongress, passages: [brintonOnLenin, leninInCollectedWorks] },
  {
    ...tenthCongress,
    id: 'other',
    passages: [
      faqOnTrotsky,
      {
        quote: 'q',
        cite: 'Robert V. Daniels, The Conscience of the Revolution, p. 145',
        author: 'Robert V. Daniels',
        work: 'The Conscience of the Revolution',
        pages: 'p. 145',
      },
      brintonOnLenin,
    ],
  },
];

describe('citedWorks', () => {
  it('lists the FAQ, then each cited work once, in the order first cited', () => {
    expect(citedWorks(selection, works).map((w) => w.id)).toEqual([
      SOURCE_WORK.id,
      'brinton-bolsheviks-workers-control',
      'lenin-collected-works',
      'robert-v-daniels-the-conscience-of-the-revolution',
    ]);
  });
});

describe('worksToBibliography', () => {
  const cited = citedWorks(selection, works);

  it.each<BibliographyFormat>(['bibtex', 'ris', 'csl-json'])(
    '%s parses back with citation-js into every cited work, titles and authors intact',
    (format) => {
      const parsed = new Cite(worksToBibliography(cited, format)).data;
      expect(parsed).toHaveLength(cited.length);
      const byTitle = new Map(parsed.map((item) => [item.title, item]));
      for (const work of cited) {
        const item = byTitle.get(work.title);
        expect(item, work.title).toBeDefined();
        const [first] = work.author ?? [];
        const name = first && 'literal' in first ? first.literal : first?.family;
        expect(JSON.stringify(item?.author)).toContain(`"${name ?? ''}"`);
      }
    },
  );

  it('gives BibTeX entries distinct keys, and keeps place, publisher and year', () => {
    const parsed = new Cite(worksToBibliography(cited, 'bibtex')).data;
    expect(new Set(parsed.map((item) => item.id)).size).toBe(cited.length);
    const brinton = parsed.find((item) => item.title === cited[1]?.title);
    expect(brinton).toMatchObject({
      publisher: 'Solidarity',
      'publisher-place': 'London',
      issued: { 'date-parts': [[1970]] },
    });
  });

  it('writes RIS records a reference manager recognises', () => {
    const ris = worksToBibliography(cited, 'ris');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(cited.length);
    expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(cited.length);
  });
});

describe('unwrapRis', () => {
  it('puts a value citation-js wrapped at 70 characters back on one line, mid-word as it was cut', () => {
    expect(
      unwrapRis(
        'TY  - BOOK\nTI  - The Conscience of the Revolution: Communist Opposition in Soviet Russi\na\nER  -',
      ),
    ).toBe(
      'TY  - BOOK\nTI  - The Conscience of the Revolution: Communist Opposition in Soviet Russia\nER  -',
    );
  });

  it('writes no title of the real bibliography over two lines', () => {
    const works = JSON.parse(readFileSync('data/works.json', 'utf8')) as Work[];
    const titles = worksToBibliography(works, 'ris')
      .split('\n')
      .filter((l) => l.startsWith('TI  - '))
      .map((l) => l.slice(6));
    expect(titles.sort()).toEqual(works.map((w) => w.title).sort());
  });
});
