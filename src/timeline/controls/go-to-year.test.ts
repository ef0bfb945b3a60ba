import { describe, expect, it } from 'vitest';
import { readYear } from './go-to-year';

describe('readYear', () => {
  it('reads a four-digit year inside the timeline', () => {
    expect(readYear(' 1921 ')).toEqual({ year: 1921 });
  });

  it('names what is wrong with anything else', () => {
    expect(readYear('21')).toEqual({ problem: 'Type a year as four digits, from 1900 to 1945.' });
    expect(readYear('1950')).toEqual({ problem: 'The timeline runs from 1900 to 1945.' });
    expect(readYear('19x1')).toHaveProperty('problem');
  });
});
