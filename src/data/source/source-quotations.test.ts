import { describe, expect, it } from 'vitest';
import { parseSource } from './parse-source';
import { sourceQuotations } from './source-quotations';
import { parseSynthetic, realSource } from './test-helpers';

const quotationsOf = (intro: string) => sourceQuotations(parseSynthetic(intro));

describe('sourceQuotations', () => {
  it('pairs each citation with the quotations since the previous one', () => {
    expect(quotationsOf('He said "a" and "b." [Daniels, p. 5] Then "c." [**Op. Cit.**, p. 6]')).toEqual([
      { paragraph: 1, citation: 'Daniels, p. 5', quoted: ['a', 'b.'] },
      { paragraph: 1, citation: 'Op. Cit., p. 6', quoted: ['c.'] },
    ]);
  });

  it('does not take editorial insertions for citations', () => {
    expect(quotationsOf('It said "[w]ith the [local] committee." [Sakwa, p. 182]')).toEqual([
      { paragraph: 1, citation: 'Sakwa, p. 182', quoted: ['[w]ith the [local] committee.'] },
    ]);
  });

  it('needs a page, volume, Op. Cit. or Collected Works in a citation', () => {
    expect(
      quotationsOf('"a" [see above] "b" [Collected Works] "c" [vol. 2] "d" [Op. Cit.] "e" [pp. 3-4]').map(
        (q) => q.citation,
      ),
    ).toEqual(['Collected Works', 'vol. 2', 'Op. Cit.', 'pp. 3-4']);
  });

  it('needs a citation to stand free of the next word', () => {
    expect(quotationsOf('"a [p. 3]b" [p. 4]').map((q) => q.citation)).toEqual(['p. 4']);
  });

  it('takes the whole quoted text of a block quotation, nested quotes and all', () => {
    expect(quotationsOf('*"The "Left" were right." [Kowalski, **Op. Cit.**, p. 111]*')).toEqual([
      { paragraph: 1, citation: 'Kowalski, Op. Cit., p. 111', quoted: ['The "Left" were right.'] },
    ]);
  });

  it('gives a quotation over several paragraphs to the citation that closes it', () => {
    expect(quotationsOf('He wrote:\n\n"First . . .\n\n"Second." [Op. Cit., p. 2]')).toEqual([
      { paragraph: 3, citation: 'Op. Cit., p. 2', quoted: ['First . . .', 'Second.'] },
    ]);
  });

  it('ignores quotations that no citation closes', () => {
    expect(quotationsOf('The "Left Communists" were "right."')).toEqual([]);
  });
});

describe('sourceQuotations on the real text', () => {
  const quotations = sourceQuotations(parseSource(realSource()));

  it('finds every citation-closed quotation', () => {
    expect(quotations).toHaveLength(108);
    expect(quotations.every((q) => q.quoted.length > 0)).toBe(true);
  });

  it('reads the citation cut by a page break as one', () => {
    const kowalski = quotations.find((q) => q.citation === 'Op. Cit., p. 136');
    expect(kowalski?.quoted).toContain('petty bourgeois');
  });

  it('gives Sapronov both paragraphs of his quotation', () => {
    const sapronov = quotations.find((q) => q.citation.startsWith('Sapronov'));
    expect(sapronov?.quoted).toHaveLength(2);
    expect(sapronov?.quoted[0]).toMatch(/^The Central Committee finds that the \[local\] party committee/);
  });
});
