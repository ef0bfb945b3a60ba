import { describe, expect, it } from 'vitest';
import { quoteOpening } from './quote-opening';

describe('quoteOpening', () => {
  it('names a long quotation by its first six words, without the punctuation they end on', () => {
    expect(
      quoteOpening('bureaucratic centralisation, the rule of various commissars, the loss of independence'),
    ).toBe('“bureaucratic centralisation, the rule of various…”');
    expect(quoteOpening('one two three four five six, seven')).toBe('“one two three four five six…”');
  });

  it('gives a short quotation whole, its spaces made single', () => {
    expect(quoteOpening('  either we   do so ')).toBe('“either we do so”');
  });
});
