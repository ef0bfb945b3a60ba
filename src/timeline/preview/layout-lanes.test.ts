import { describe, expect, it } from 'vitest';
import { rangeBox } from './layout-lanes';

describe('rangeBox', () => {
  it('draws a bar inside the lane from its start to its end, its label at its start', () => {
    expect(rangeBox(100, 250, 1000)).toEqual({ left: 100, width: 150, contentX: 0 });
  });

  it('keeps the label in view for a bar begun left of the window', () => {
    expect(rangeBox(-120, 300, 1000)).toEqual({ left: -120, width: 420, contentX: 120 });
  });

  it('clips a bar to a lane width on the left and two on the right, as vis-timeline does', () => {
    expect(rangeBox(-5000, 9000, 1000)).toEqual({ left: -1000, width: 3000, contentX: 1000 });
  });

  it('is at least a pixel wide, for a bar shorter than a pixel at this zoom', () => {
    expect(rangeBox(10, 10.2, 1000).width).toBe(1);
  });
});
