import { describe, expect, it } from 'vitest';
import { rowCapFor } from './row-cap';

describe('rowCapFor', () => {
  it('shares the rows a screen shows between the lanes', () => {
    expect(rowCapFor(500, 5)).toBe(4);
  });

  it('gives every lane at least three rows and at most eight', () => {
    expect(rowCapFor(300, 14)).toBe(3);
    expect(rowCapFor(1000, 1)).toBe(8);
  });
});
