import { describe, expect, it } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import { seededRandom } from '../../test-support/seeded-random';
import { rangeBox } from './layout-lanes';

describe('rangeBox', () => {
  it('draws a bar inside the lane from its start to its end, its label at its start', () => {
    expect(rangeBox(100, 250, 1000)).toEqual({ left: 100, width: 150, contentX: 0 });
  });

  it('keeps the label in view for a bar begun left of the window', () => {
    expect(rangeBox(-120, 300, 1000)).toEqual({ left: -120, width: 420, contentX: 120 });
  });

  it('clips a bar to a lane width on the left and two on the right', () => {
    expect(rangeBox(-5000, 9000, 1000)).toEqual({ left: -1000, width: 3000, contentX: 1000 });
  });

  it('is at least a pixel wide, for a bar shorter than a pixel at this zoom', () => {
    expect(rangeBox(10, 10.2, 1000).width).toBe(1);
  });
});

describe('rangeBox against vis-timeline', () => {
  /**
   * Where vis-timeline 8.5 draws a range item from `left` to `right` pixels in a lane `laneWidth`
   * wide: its own RangeItem, positioned by its own repositionX (as the engine's options leave it:
   * align 'auto', left to right, content that does not overflow), read back from the element
   * styles it writes. Times are in thousandths of a pixel, so fractions of a pixel survive.
   */
  function visRangeBox(left: number, right: number, laneWidth: number) {
    const { RangeItem } = (vis as unknown as VisItems).timeline.components.items;
    const item = new RangeItem(
      { start: new Date(Math.round(left * 1000)), end: new Date(Math.round(right * 1000)) },
      { toScreen: (time: Date) => time.valueOf() / 1000, toTime: (x: number) => new Date(x * 1000) },
      { align: 'auto', rtl: false },
    );
    const box = { style: {} as Record<string, string> };
    const content = { style: {} as Record<string, string> };
    Object.assign(item, { parent: { width: laneWidth }, dom: { box, content } });
    item.repositionX();
    const px = (transform: string | undefined) =>
      Number(/translateX\((-?[\d.e+-]+)px\)/.exec(transform ?? '')?.[1]);
    return {
      left: px(box.style.transform),
      width: Number.parseFloat(box.style.width ?? ''),
      contentX: px(content.style.transform),
    };
  }

  it('puts every bar, and its label inside it, where vis-timeline 8.5 puts them', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = seededRandom(seed);
      const laneWidth = 200 + Math.round(next() * 1800);
      // Bars from far left of the window to far right of it, some shorter than a pixel.
      const left = Math.round((next() * 6 - 3) * laneWidth * 1000) / 1000;
      const length = next() < 0.2 ? next() : next() * 5 * laneWidth;
      const right = Math.round((left + length) * 1000) / 1000;
      expect(rangeBox(left, right, laneWidth), `seed ${seed}: ${left}–${right} in ${laneWidth}`).toEqual(
        visRangeBox(left, right, laneWidth),
      );
    }
  });
});

interface VisItems {
  timeline: {
    components: {
      items: {
        RangeItem: new (
          data: { start: Date; end: Date },
          conversion: { toScreen: (time: Date) => number; toTime: (x: number) => Date },
          options: object,
        ) => { repositionX: () => void };
      };
    };
  };
}
