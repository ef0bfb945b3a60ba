import { describe, expect, it } from 'vitest';
import { between, EXTENT } from './test-support';
import { centreYears, describeEdge, describeWindow, edgeYears } from './window-label';

describe('describeWindow', () => {
  it('names the first and the last month shown, the end being exclusive', () => {
    expect(describeWindow(between([1921, 3], [1922, 7]))).toBe('March 1921 to June 1922');
  });

  it('names days on a window of under two months', () => {
    expect(describeWindow(between([1921, 3, 8], [1921, 3, 17]))).toBe('8 March 1921 to 16 March 1921');
  });

  it('names a single day once', () => {
    expect(describeWindow(between([1921, 3, 8], [1921, 3, 9]))).toBe('8 March 1921');
  });

  it('reads a window the same in any time zone, being UTC throughout', () => {
    // The window starts at midnight UTC: a local-time formatter west of Greenwich would say February.
    expect(describeEdge(between([1921, 3], [1922, 1]), 'from')).toBe('March 1921');
    expect(describeEdge(between([1921, 3], [1922, 1]), 'to')).toBe('December 1921');
  });
});

describe('slider years', () => {
  it('spans the strip and reports the centre year', () => {
    expect(centreYears(EXTENT, between([1921, 1], [1923, 1]))).toEqual({ min: 1906, max: 1938, now: 1922 });
  });

  it('reports each edge, the last year shown for the end', () => {
    const w = between([1921, 3], [1930, 1]);
    expect(edgeYears(EXTENT, w, 'from').now).toBe(1921);
    expect(edgeYears(EXTENT, w, 'to').now).toBe(1929);
  });

  it('keeps the value inside the range when the window reaches past the strip', () => {
    expect(edgeYears(EXTENT, between([1900, 1], [1946, 1]), 'from').now).toBe(1906);
    expect(edgeYears(EXTENT, between([1900, 1], [1946, 1]), 'to').now).toBe(1938);
  });
});
