import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, terms: readonly string[]): string[] =>
  highlightParts(text, terms)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('highlightParts', () => {
  it('marks "Kronstadt" in "the Kronstadt rising" and keeps the text exact', () => {
    expect(highlightParts('the Kronstadt rising', ['kronstadt'])).toEqual([
      { text: 'the ', match: false },
      { text: 'Kronstadt', match: true },
      { text: ' rising', match: false },
    ]);
  });

  it('marks every word that starts with a term, ignoring case', () => {
    expect(marked('Kommunist, KOMMUNIST and the Kommunists', ['kommun'])).toEqual([
      'Kommunist',
      'KOMMUNIST',
      'Kommunists',
    ]);
  });

  it('does not mark a term found only inside a word', () => {
    expect(marked('Bukharin', ['kharin'])).toEqual([]);
  });

  it('folds diacritics on both sides', () => {
    expect(marked('Otto Rühle and Dzierżyński', ['ruhle', 'dzierzynski'])).toEqual(['Rühle', 'Dzierżyński']);
    expect(marked('Otto Ruhle', ['RÜHLE'])).toEqual(['Ruhle']);
    // Decomposed input keeps its combining mark inside the marked word.
    expect(marked('Ru\u0308hle wrote', ['ruhle'])).toEqual(['Ru\u0308hle']);
  });

  it('marks Workers in "Workers\' Opposition" but not the closing apostrophe', () => {
    expect(highlightParts("the Workers' Opposition", ['workers'])).toEqual([
      { text: 'the ', match: false },
      { text: 'Workers', match: true },
      { text: "' Opposition", match: false },
    ]);
  });

  it('keeps words with an inner apostrophe whole ("Lenin\'s", "Il\'ich")', () => {
    expect(marked("Lenin's letter to Gavriil Il’ich", ['lenin', 'ilich'])).toEqual(["Lenin's", 'Il’ich']);
  });

  it('splits hyphenated words, marking only the matching part', () => {
    expect(highlightParts('Brest-Litovsk', ['litovsk'])).toEqual([
      { text: 'Brest-', match: false },
      { text: 'Litovsk', match: true },
    ]);
  });

  it('returns the text as one plain piece without terms, and nothing for empty text', () => {
    expect(highlightParts('Kronstadt', [])).toEqual([{ text: 'Kronstadt', match: false }]);
    expect(highlightParts('Kronstadt', ['', "'"])).toEqual([{ text: 'Kronstadt', match: false }]);
    expect(highlightParts('', ['kronstadt'])).toEqual([]);
  });

  it('gives back every summary and quotation of the data exactly when joined', () => {
    const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
      summary: string;
      passages: { quote: string }[];
    }[];
    const texts = events.flatMap((e) => [e.summary, ...e.passages.map((p) => p.quote)]);
    for (const text of texts) {
      const parts = highlightParts(text, ['lenin', 'the', 'a', 'workers', 'party']);
      expect(parts.map((p) => p.text).join('')).toBe(text);
      expect(parts.every((p) => p.text !== '')).toBe(true);
    }
  });
});
