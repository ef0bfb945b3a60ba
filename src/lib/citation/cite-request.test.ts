import { describe, expect, it } from 'vitest';
import { citeRequest, quotedIn } from './cite-request';
import { pageLocator } from './locator';
import { SOURCE_WORK } from './source-work';
import {
  faqOnTrotsky,
  leninInCollectedWorks,
  osinskyInBrinton,
  peopleById,
  worksById,
} from './fixtures.test-support';

describe('pageLocator', () => {
  it('takes the page from "p." and "pp." and the volume from "vol."', () => {
    expect(pageLocator('p. 39')).toEqual({ page: '39' });
    expect(pageLocator('pp. 136-7')).toEqual({ page: '136-7' });
    expect(pageLocator('vol. 27, p. 339')).toEqual({ volume: '27', page: '339' });
    expect(pageLocator('p. 182f')).toEqual({ page: '182f' });
    expect(pageLocator(undefined)).toEqual({});
  });
});

describe('quotedIn', () => {
  it('names a collective text as the source’s citation does', () => {
    expect(
      quotedIn(
        {
          cite: 'Declaration of the Twenty-Two, quoted in Robert V. Daniels, The Conscience of the Revolution, p. 162',
          author: 'Robert V. Daniels',
        },
        peopleById,
      ),
    ).toBe('Declaration of the Twenty-Two, quoted in ');
    expect(
      quotedIn(
        {
          cite: '"The Platform of the Opposition", in Leon Trotsky, The Challenge of the "Left Opposition" (1926-27), p. 395',
          author: 'Leon Trotsky',
        },
        peopleById,
      ),
    ).toBe('"The Platform of the Opposition", in ');
  });

  it('gives a known speaker their full name, and nothing when they are the author', () => {
    expect(quotedIn(osinskyInBrinton, peopleById)).toBe('Valerian Osinsky, quoted in ');
    expect(quotedIn(leninInCollectedWorks, peopleById)).toBeNull();
  });
});

describe('citeRequest', () => {
  it('puts the volume on the item and the page on the cite, then cites the FAQ', () => {
    const request = citeRequest(leninInCollectedWorks, peopleById, worksById);
    expect(request.items[0]?.volume).toBe('32');
    expect(request.cites).toEqual([
      { id: 'lenin-collected-works', label: 'page', locator: '245-6' },
      { id: SOURCE_WORK.id, prefix: 'cited in ' },
    ]);
  });

  it('cites the FAQ’s own words once, with their section', () => {
    const request = citeRequest(faqOnTrotsky, peopleById, worksById);
    expect(request.cites).toHaveLength(1);
    expect(request.cites[0]).toMatchObject({ id: SOURCE_WORK.id, label: 'section', locator: '3' });
    expect(request.entry).toBe(SOURCE_WORK);
  });
});
