import { describe, expect, it } from 'vitest';
import { TIMELINE_MAX, TIMELINE_MIN } from '../limits';
import { pannedWindow } from './use-preview-pan';

const YEAR = 365 * 86_400_000;
const win = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1920, 0, 1) + 10 * YEAR };

describe('pannedWindow', () => {
  it('moves time the other way from the drag: dragging left by a tenth of the lanes shows a year later', () => {
    expect(pannedWindow(win, -100, 1000)).toEqual({ from: win.from + YEAR, to: win.to + YEAR });
  });

  it('keeps the span when the drag would pass the timeline’s limits', () => {
    const early = pannedWindow(win, 100_000, 1000);
    expect(early.from).toBe(TIMELINE_MIN);
    expect(early.to - early.from).toBe(10 * YEAR);
    const late = pannedWindow(win, -100_000, 1000);
    expect(late.to).toBe(TIMELINE_MAX);
    expect(late.to - late.from).toBe(10 * YEAR);
  });
});
