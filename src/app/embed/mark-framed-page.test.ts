// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { markFramedPage } from './mark-framed-page';

afterEach(() => {
  delete document.documentElement.dataset.embed;
});

describe('markFramedPage', () => {
  it('marks a page opened with embed=1, whatever else the link says', () => {
    markFramedPage('?factions=workers-opposition&embed=1');
    expect(document.documentElement.hasAttribute('data-embed')).toBe(true);
  });

  it.each(['', '?embed=0', '?embed=', '?embed=yes', '?view=list'])(
    'leaves the page at %j unmarked',
    (search) => {
      markFramedPage(search);
      expect(document.documentElement.hasAttribute('data-embed')).toBe(false);
    },
  );
});
