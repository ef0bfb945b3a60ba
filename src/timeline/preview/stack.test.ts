import { describe, expect, it } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import { seededRandom } from '../../test-support/seeded-random';
import { stackBoxes, type StackBox } from './stack';

const margins = { horizontal: 4, vertical: 5, axis: 6 };
const box = (start: number, left: number, width: number, height = 20): StackBox => ({
  start,
  left,
  width,
  height,
});

describe('stackBoxes', () => {
  it('puts items that do not touch side by side in the first row', () => {
    const { tops, height } = stackBoxes([box(0, 0, 50), box(1, 60, 50)], margins, 0);
    expect(tops).toEqual([6, 6]);
    // Lowest item (6 + 20) and half the vertical margin, rounded up.
    expect(height).toBe(29);
  });

  it('moves an item that would overlap below the one already placed', () => {
    const { tops } = stackBoxes([box(0, 0, 50), box(1, 30, 50)], margins, 0);
    expect(tops).toEqual([6, 31]);
  });

  it('keeps the horizontal margin: items 2 px apart are stacked, not placed side by side', () => {
    const { tops } = stackBoxes([box(0, 0, 50), box(1, 52, 50)], margins, 0);
    expect(tops[1]).toBe(31);
  });

  it('places in order of start whatever order the boxes come in, and returns tops in the given order', () => {
    const { tops } = stackBoxes([box(5, 30, 50), box(1, 0, 50)], margins, 0);
    expect(tops).toEqual([31, 6]);
  });

  it('drops an item past every row it touches, taken from the top down', () => {
    const { tops } = stackBoxes([box(0, 0, 100), box(1, 10, 100), box(2, 20, 100)], margins, 0);
    expect(tops).toEqual([6, 31, 56]);
  });

  it('reuses the first row once the item there has ended', () => {
    const { tops } = stackBoxes([box(0, 0, 100), box(1, 50, 100), box(2, 200, 40)], margins, 0);
    expect(tops).toEqual([6, 31, 6]);
  });

  it('is at least the lane label tall, also when empty', () => {
    expect(stackBoxes([], margins, 33).height).toBe(33);
    expect(stackBoxes([box(0, 0, 10, 8)], margins, 33).height).toBe(33);
  });
});

describe('stackBoxes against vis-timeline', () => {
  it('places every box where vis-timeline 8.5 places it, ties and out-of-order points included', () => {
    // vis-timeline's own stacking, which its bundle exports (its types do not declare it).
    const stack = (vis as unknown as { timeline: VisStack }).timeline.stack.stack;
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = seededRandom(seed);
      const boxes: StackBox[] = Array.from({ length: 2 + Math.floor(next() * 40) }, () => {
        const start = Math.round(next() * 600);
        // A point's box begins a dot (8 px) left of its start; a bar's at its start.
        const point = next() < 0.7;
        return {
          start,
          left: point ? start - 8 : start,
          width: point ? 20 + Math.round(next() * 10) : 1 + Math.round(next() * 200),
          height: point ? 29 : 31,
        };
      });
      const items = boxes.map((b) => ({
        ...b,
        top: null as number | null,
        stack: true,
        options: { rtl: false },
        data: { start: new Date(b.start) },
      }));
      // vis-timeline stacks a lane's items in order of start, as its group hands them over.
      stack(
        [...items].sort((a, b) => a.start - b.start),
        { item: { horizontal: margins.horizontal, vertical: margins.vertical }, axis: margins.axis },
        true,
      );
      expect(stackBoxes(boxes, margins, 0).tops, `seed ${seed}`).toEqual(items.map((i) => i.top));
    }
  });
});

interface VisStack {
  stack: { stack: (items: object[], margins: unknown, force: boolean) => boolean };
}
