import { describe, expect, it } from 'vitest';
import { findAllQuotes, findQuote } from './find-quote';
import { parseSource } from './parse-source';
import { parseSynthetic, realSource } from './test-helpers';

const doc = parseSynthetic(
  'Lenin argued for "*one-man management*" in 1918.\n\nThe Opposition spoke of one-man management too.',
  'See [section H.5](#) on the **vanguard**.',
);

describe('findQuote', () => {
  it('returns the paragraph and the offsets of the quote in its plain text', () => {
    const found = findQuote(doc, 'argued for "one-man management"');
    expect(found?.paragraph.number).toBe(1);
    expect(found && found.paragraph.text.slice(found.start, found.end)).toBe(
      'argued for "one-man management"',
    );
  });

  it('normalises the quote like the text: markup stripped, white space folded', () => {
    expect(findQuote(doc, ' argued  for\n"*one-man management*" ')?.start).toBe(6);
    expect(findQuote(doc, 'See section H.5 on the vanguard.')?.paragraph.sectionId).toBe('section-1');
    expect(findQuote(doc, 'See [section H.5](#) on the **vanguard**')?.paragraph.number).toBe(3);
  });

  it('normalises nothing else: case and quote marks must match', () => {
    expect(findQuote(doc, 'lenin argued')).toBeNull();
    expect(findQuote(doc, 'argued for “one-man management”')).toBeNull();
  });

  it('returns null for a quote the text does not hold, or that spans two paragraphs', () => {
    expect(findQuote(doc, 'in 1919')).toBeNull();
    expect(findQuote(doc, 'in 1918. The Opposition')).toBeNull();
  });

  it('returns null for an empty quote rather than matching everywhere', () => {
    expect(findQuote(doc, ' ** ')).toBeNull();
  });
});

describe('findAllQuotes', () => {
  it('lists every occurrence in reading order', () => {
    expect(findAllQuotes(doc, 'one-man management').map((l) => [l.paragraph.number, l.start])).toEqual([
      [1, 18],
      [2, 24],
    ]);
  });

  it('finds quotes of the real text, including across a joined page break', () => {
    const real = parseSource(realSource());
    const found = findQuote(real, 'Kollontai and Alexander Shlyapnikov, this grouping is better known');
    expect(found?.paragraph.sectionId).toBe('section-2');
    expect(findQuote(real, '"*petty bourgeois*"')?.paragraph.sectionId).toBe('section-1');
  });
});
