import { describe, expect, it } from 'vitest';
import { endsInsideQuotation, outermostQuotes, quotedStretches, startsInsideQuotation } from './quote-marks';

describe('quotedStretches', () => {
  it('finds each quotation without its marks', () => {
    expect(quotedStretches('He said "one thing" and "another."')).toEqual(['one thing', 'another.']);
  });

  it('keeps a quotation nested inside another as part of the outer one', () => {
    expect(
      quotedStretches('"According to the "Left Communists", therefore," notes Sakwa, "the party"'),
    ).toEqual(['According to the "Left Communists", therefore,', 'the party']);
  });

  it('runs a quotation left open to the end of the text', () => {
    expect(quotedStretches('the "historical merit of it." ')).toEqual(['historical merit of it.']);
    expect(quotedStretches('it "brought into play its power.')).toEqual(['brought into play its power.']);
  });

  it('ignores a closing mark with nothing open', () => {
    expect(quotedStretches('belonged to them." Then "more"')).toEqual(['more']);
  });

  it('reads a mark after a parenthesis or bracket as opening', () => {
    expect(quotedStretches('("Why is it?") ["Title", p. 3]')).toEqual(['Why is it?', 'Title']);
  });
});

describe('quotation state at the edges of a text', () => {
  it('tells a text that ends inside a quotation', () => {
    expect(endsInsideQuotation('Serge: "They were right.')).toBe(true);
    expect(endsInsideQuotation('Serge: "They were right."')).toBe(false);
  });

  it('tells a text that starts inside a quotation', () => {
    expect(startsInsideQuotation('itself belonged to them." [p. 225]')).toBe(true);
    expect(startsInsideQuotation('The party "had" changed.')).toBe(false);
    expect(startsInsideQuotation('No marks at all.')).toBe(false);
  });

  it('returns the offsets of the outer marks', () => {
    expect(outermostQuotes('a "b" c')).toEqual([{ open: 2, close: 4 }]);
  });
});
