import { describe, expect, it } from 'vitest';
import { parseSource } from './parse-source';
import { parseSynthetic, synthetic } from './test-helpers';

describe('parseSource on a small text', () => {
  it('skips the front matter and takes the title from the contents table', () => {
    const doc = parseSynthetic('Intro text.');
    expect(doc.title).toBe('A title?');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Intro text.', 'Closing words.']);
  });

  it('splits sections at their numbered headings, titles without the number', () => {
    const doc = parseSynthetic('One.\n\nTwo.', 'Three.');
    expect(doc.sections.map(({ id, number, title }) => ({ id, number, title }))).toEqual([
      { id: 'introduction', number: 0, title: 'Introduction' },
      { id: 'section-1', number: 1, title: 'First part?' },
    ]);
    expect(doc.sections[1]?.paragraphs.map((p) => p.sectionId)).toEqual(['section-1']);
  });

  it('numbers paragraphs from 1 across the whole document', () => {
    const doc = parseSynthetic('One.\n\nTwo.', 'Three.\n\nFour.');
    expect(doc.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(doc.sections[1]?.paragraphs[0]?.number).toBe(3);
  });

  it('does not take a paragraph opening with a number for a heading', () => {
    const doc = parseSynthetic('1 Were the others wrong?', 'Body.');
    expect(doc.sections).toHaveLength(2);
    expect(doc.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['1 Were the others wrong?']);
  });

  it('never joins a paragraph across a section heading', () => {
    const doc = parseSynthetic('An intro that ends without a stop', 'lower case start.');
    expect(doc.sections.map((s) => s.paragraphs.length)).toEqual([1, 1]);
  });

  it('joins page-break fragments into whole paragraphs', () => {
    const doc = parseSynthetic('this grouping is\n\nbetter known. [**Op.**\n\nCit., p. 136] Thus.');
    expect(doc.paragraphs[0]?.text).toBe('this grouping is better known. [Op. Cit., p. 136] Thus.');
  });

  it('keeps emphasis and link text in the spans', () => {
    const doc = parseSynthetic('As in [section H.5](#), **not** "*one-man*".');
    expect(doc.paragraphs[0]?.spans).toEqual([
      { text: 'As in section H.5, ' },
      { text: 'not', bold: true },
      { text: ' "' },
      { text: 'one-man', italic: true },
      { text: '".' },
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(parseSource(synthetic('One.\n\nTwo.').replace(/\n/g, '\r\n')).paragraphs).toHaveLength(3);
  });

  it('reads a text without front matter as an introduction', () => {
    const doc = parseSource('Some title\n\nA paragraph.\n\n1 A section\n\nMore.');
    expect(doc.title).toBe('Some title');
    expect(doc.sections.map((s) => s.paragraphs.length)).toEqual([1, 1]);
  });
});

describe('paragraph kind', () => {
  const kinds = (intro: string): string[] =>
    parseSynthetic(intro)
      .paragraphs.slice(0, -1)
      .map((p) => p.kind);

  it('marks a quotation with its citation as a blockquote', () => {
    expect(kinds('"The party committee is a prejudice." [Daniels, p. 114]')).toEqual(['blockquote']);
    expect(kinds('*"I then put the question." [Sapronov, p. 114]*')).toEqual(['blockquote']);
  });

  it('keeps prose that merely starts with a quotation', () => {
    expect(kinds('"According to them," notes Sakwa, "the party ruled." [Op. Cit., p. 182]')).toEqual([
      'prose',
    ]);
    expect(kinds('Lenin said "no." [p. 3]')).toEqual(['prose']);
  });

  it('keeps a quotation without a citation as prose', () => {
    expect(kinds('"A quotation on its own."')).toEqual(['prose']);
  });

  it('marks every paragraph of a quotation that runs over several', () => {
    expect(kinds('He wrote:\n\n"First part . . .\n\n"Second part." [Op. Cit., p. 2]')).toEqual([
      'prose',
      'blockquote',
      'blockquote',
    ]);
  });
});
