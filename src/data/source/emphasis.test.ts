import { describe, expect, it } from 'vitest';
import { parseSpans } from './emphasis';
import { normaliseText } from './normalise';

describe('parseSpans', () => {
  it('turns bold and italic markup into styled spans', () => {
    expect(parseSpans('journal **Kommunist** was *published*.')).toEqual([
      { text: 'journal ' },
      { text: 'Kommunist', bold: true },
      { text: ' was ' },
      { text: 'published', italic: true },
      { text: '.' },
    ]);
  });

  it('keeps quote marks outside an italic quotation', () => {
    expect(parseSpans('of "*one-man management*" were')).toEqual([
      { text: 'of "' },
      { text: 'one-man management', italic: true },
      { text: '" were' },
    ]);
  });

  it('keeps quote marks inside an italic run', () => {
    expect(parseSpans('*"I then put the question."* [p. 114]')).toEqual([
      { text: '"I then put the question."', italic: true },
      { text: ' [p. 114]' },
    ]);
  });

  it('reads bold inside a citation bracket', () => {
    expect(parseSpans('[Daniels, **Op. Cit.**, p. 161]')).toEqual([
      { text: '[Daniels, ' },
      { text: 'Op. Cit.', bold: true },
      { text: ', p. 161]' },
    ]);
  });

  it('nests bold inside italic', () => {
    expect(parseSpans('*power." [Schapiro, **The Origin**, p. 294]*')).toEqual([
      { text: 'power." [Schapiro, ', italic: true },
      { text: 'The Origin', italic: true, bold: true },
      { text: ', p. 294]', italic: true },
    ]);
  });

  it('keeps a link as its plain text', () => {
    expect(parseSpans('see [section H.6](#))')).toEqual([{ text: 'see section H.6)' }]);
  });

  it('ends an unmatched marker at the end of its paragraph', () => {
    expect(parseSpans('a *stray marker here')).toEqual([
      { text: 'a ' },
      { text: 'stray marker here', italic: true },
    ]);
    expect(parseSpans('the next paragraph')).toEqual([{ text: 'the next paragraph' }]);
  });

  it('folds white space across span boundaries so the spans spell the plain text', () => {
    const markup = '  a \n **b** \t *c*\n[d](#)  ';
    const spans = parseSpans(markup);
    expect(spans.map((s) => s.text).join('')).toBe(normaliseText(markup));
    expect(spans.every((s) => s.text !== '')).toBe(true);
  });

  it('drops markers that enclose only white space', () => {
    expect(parseSpans('end.** **')).toEqual([{ text: 'end.' }]);
  });
});
