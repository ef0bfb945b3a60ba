import { formatInstant } from '../../dates';
import { centreOf, clamp, spanOf } from './window-math';
import type { TimeWindow } from './types';

const DAY = 86_400_000;
/** Below about two months a window is named by its days, above it by its months. */
const DAYS_NAMED_BELOW = 62 * DAY;

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** A moment as the rest of the app writes dates ("March 1921", "8 March 1921"). */
const nameMoment = (ms: number, withDay: boolean) => formatInstant(ms, withDay ? 'day' : 'month');

/** The last day a window shows: its `to` is exclusive. */
const lastShown = (w: TimeWindow) => Math.max(w.from, w.to - 1);

/** "March 1921 to June 1922"; days on a short window ("8 March 1921 to 16 March 1921"). */
export function describeWindow(w: TimeWindow): string {
  const withDay = spanOf(w) < DAYS_NAMED_BELOW;
  const first = nameMoment(w.from, withDay);
  const last = nameMoment(lastShown(w), withDay);
  return first === last ? first : `${first} to ${last}`;
}

/** One edge of a window, at the precision describeWindow gives it. */
export function describeEdge(w: TimeWindow, edge: 'from' | 'to'): string {
  return nameMoment(edge === 'from' ? w.from : lastShown(w), spanOf(w) < DAYS_NAMED_BELOW);
}

/** The numbers a slider announces, in years: its range is the strip's, its value kept inside it. */
export interface SliderYears {
  min: number;
  max: number;
  now: number;
}

export function sliderYears(extent: TimeWindow, moment: number): SliderYears {
  const min = yearOf(extent.from);
  const max = yearOf(extent.to);
  return { min, max, now: clamp(yearOf(moment), min, max) };
}

export const centreYears = (extent: TimeWindow, w: TimeWindow) => sliderYears(extent, centreOf(w));
export const edgeYears = (extent: TimeWindow, w: TimeWindow, edge: 'from' | 'to') =>
  sliderYears(extent, edge === 'from' ? w.from : lastShown(w));
