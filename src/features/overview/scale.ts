import { calendarTicks } from '../../dates';
import { clamp, spanOf } from './window-math';
import type { TimeWindow } from './types';

/** Where a moment sits across the strip, 0 at its left edge and 1 at its right; outside when off it. */
export const fractionOf = (time: number, extent: TimeWindow) => (time - extent.from) / spanOf(extent);

/** The moment under pixel `x` of a strip `width` pixels wide. */
export function timeAtPixel(x: number, width: number, extent: TimeWindow): number {
  if (width <= 0) return extent.from;
  return extent.from + (clamp(x, 0, width) / width) * spanOf(extent);
}

/** How many milliseconds one pixel stands for, to turn a drag's distance into time. */
export const msPerPixel = (width: number, extent: TimeWindow) => (width > 0 ? spanOf(extent) / width : 0);

/** The brush's place in fractions of the strip: the visible window clamped to it. */
export interface BrushPlace {
  centre: number;
  width: number;
}

export function brushPlace(w: TimeWindow, extent: TimeWindow): BrushPlace {
  const from = clamp(fractionOf(w.from, extent), 0, 1);
  const to = clamp(fractionOf(w.to, extent), 0, 1);
  return { centre: (from + to) / 2, width: to - from };
}

export interface YearTick {
  year: number;
  fraction: number;
  labelled: boolean;
}

/** A label needs about this much room, so "1910" never touches "1915". */
const LABEL_ROOM_PX = 44;

/**
 * A tick for every 1 January on the strip, labelled every 5 years where there is room for it
 * and every 10 (1910, 1920, 1930) where there is not, or before the strip's width is known.
 */
export function yearTicks(extent: TimeWindow, width: number): YearTick[] {
  const pxPerYear = (width * 365.25 * 86_400_000) / spanOf(extent);
  const every = pxPerYear * 5 >= LABEL_ROOM_PX ? 5 : 10;
  // Every 1 January on the strip.
  return calendarTicks(extent, { unit: 'year', step: 1 })
    .filter((t) => t >= extent.from)
    .map((t) => {
      const year = new Date(t).getUTCFullYear();
      return { year, fraction: fractionOf(t, extent), labelled: year % every === 0 };
    });
}
