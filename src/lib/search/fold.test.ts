import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTerm, terms, words } from './fold';

describe('foldTerm', () => {
  it('folds case and diacritics, including letters NFD leaves whole', () => {
    expect(foldTerm('Rühle')).toBe('ruhle');
    expect(foldTerm('DZIERŻYŃSKI')).toBe('dzierzynski');
    expect(foldTerm('Łódź')).toBe('lodz');
    expect(foldTerm('Ёлка')).toBe('елка');
  });

  it("drops a possessive 's and inner apostrophes, whichever apostrophe is used", () => {
    expect(foldTerm("Lenin's")).toBe('lenin');
    expect(foldTerm('Lenin’s')).toBe('lenin');
    expect(foldTerm("Il'ich")).toBe('ilich');
    expect(foldTerm('Ilʼich')).toBe('ilich');
  });

  it('is idempotent, so the index may fold a term twice', () => {
    for (const word of ['Rühle', "Lenin's", "Il'ich", 'Kommunist']) {
      expect(foldTerm(foldTerm(word))).toBe(foldTerm(word));
    }
  });
});

describe('words and terms', () => {
  it('split on hyphens, dashes and a closing apostrophe, but not inside "Il\'ich"', () => {
    expect(words("Workers' Opposition, Brest-Litovsk 1926–27, Il'ich")).toEqual([
      'Workers',
      'Opposition',
      'Brest',
      'Litovsk',
      '1926',
      '27',
      "Il'ich",
    ]);
  });

  it('folding a whole text gives the same terms as folding word by word, on all the data', () => {
    // The index folds whole fields for speed; the highlighter folds word by word. They must agree.
    const raw = readFileSync('data/events.json', 'utf8') + readFileSync('data/people.json', 'utf8');
    const texts = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
    texts.push("the Workers' group's 'sailors' o'clock Lenin’s x'-y 's");
    for (const text of texts) {
      expect(terms(text)).toEqual(words(text).map(foldTerm));
    }
  });
});
