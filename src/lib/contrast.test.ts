import { describe, expect, it } from 'vitest';
import { contrastOf, contrastRatio, parseColour } from './contrast';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('reads computed colours and hex', () => {
    expect(parseColour('rgb(17, 17, 17)')).toEqual([17, 17, 17]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(parseColour('#8a1a1e')).toEqual([0x8a, 0x1a, 0x1e]);
    expect(parseColour('transparent')).toBeNull();
  });
});

describe('contrastOf', () => {
  it('gives the same ratio whichever colour comes first', () => {
    expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastOf('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('gives null when either value is not a colour', () => {
    expect(contrastOf('#fff', '#000000')).toBeNull();
    expect(contrastOf('#000000', 'red')).toBeNull();
  });
});
