import { describe, expect, it } from 'vitest';
import { highlightSpans } from './highlight-spans';

describe('highlightSpans', () => {
  const spans = [
    { text: 'Lenin argued that ' },
    { text: 'state capitalism', italic: true as const },
    { text: ' was superior.' },
  ];

  it('marks a quotation that begins in plain text and ends inside italics', () => {
    const pieces = highlightSpans(spans, { start: 13, end: 23 });
    expect(pieces.filter((p) => p.highlighted).map((p) => [p.text, p.italic ?? false])).toEqual([
      ['that ', false],
      ['state', true],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('Lenin argued that state capitalism was superior.');
  });

  it('marks nothing without a range and keeps the emphasis', () => {
    expect(highlightSpans(spans, null)).toEqual([
      { text: 'Lenin argued that ', highlighted: false },
      { text: 'state capitalism', italic: true, highlighted: false },
      { text: ' was superior.', highlighted: false },
    ]);
  });
});
