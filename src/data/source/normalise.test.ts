import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';

describe('normaliseText', () => {
  it('strips bold and italic markers', () => {
    expect(normaliseText('**Kommunist** argued against "*one-man management*"')).toBe(
      'Kommunist argued against "one-man management"',
    );
  });

  it('reduces a cross-reference link to its text', () => {
    expect(normaliseText('as discussed in [section H.5](#), such as')).toBe(
      'as discussed in section H.5, such as',
    );
    expect(normaliseText('see ["What was the Kronstadt Rebellion?"](#)')).toBe(
      'see "What was the Kronstadt Rebellion?"',
    );
  });

  it('keeps brackets that are not links', () => {
    expect(normaliseText('"[w]ith such a formulation" [Op. Cit., p. 182]')).toBe(
      '"[w]ith such a formulation" [Op. Cit., p. 182]',
    );
  });

  it('folds every run of white space, line breaks and tabs included, and trims', () => {
    expect(normaliseText('  class struggle."\n[Neither East Nor West,\t p. 63]  ')).toBe(
      'class struggle." [Neither East Nor West, p. 63]',
    );
  });

  it('changes nothing else: case, quote marks and dashes stay as written', () => {
    expect(normaliseText("Lenin's 'Centre' -- Stalin")).toBe("Lenin's 'Centre' -- Stalin");
  });
});
