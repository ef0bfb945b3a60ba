import { describe, expect, it } from 'vitest';
import { printZoom } from './use-printing';

describe('printZoom', () => {
  it('leaves a timeline that fits a landscape page as it is', () => {
    expect(printZoom(900, 500)).toBe(1);
  });

  it('shrinks a wide timeline to the page’s 960 px, and tall lanes to a page’s 600 px', () => {
    expect(printZoom(1920, 500)).toBe(0.5);
    expect(printZoom(1000, 800)).toBe(0.75);
    // The tighter of the two wins.
    expect(printZoom(1280, 1000)).toBe(0.6);
  });

  it('never shrinks lanes below half their size to fit them on one page: they go over pages', () => {
    // A phone's lanes, many rows deep: printed as they are.
    expect(printZoom(390, 3000)).toBe(1);
    expect(printZoom(1200, 1200)).toBe(0.5);
    // Across, the page's width still rules: a name past its edge is lost.
    expect(printZoom(2400, 3000)).toBe(0.4);
  });
});
