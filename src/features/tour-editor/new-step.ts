import type { HistoricalEvent } from '../../data/schemas';
import type { TourStep } from '../../data/tour-schema';
import { parseDate } from '../../dates';

/** Whole months shown either side of an event: most steps of the built-in tours leave about two. */
const MARGIN_MONTHS = 2;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The strip's window for a new step: from the first day of the month two months before the
 * event begins to the last day of the month two months after it ends, so the event sits in
 * view with some of what led to it and followed it. Undefined when the start cannot be read:
 * the step then shows the whole period.
 */
export function windowAround(event: HistoricalEvent): TourStep['window'] {
  const start = parseDate(event.start);
  if (!start) return undefined;
  const end = (event.end === undefined ? null : parseDate(event.end)) ?? start;
  const first = new Date(start.min);
  const last = new Date(end.max);
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - MARGIN_MONTHS, 1);
  // Day 0 of a month is the last day of the month before it.
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + MARGIN_MONTHS + 1, 0);
  return { from: isoDay(from), to: isoDay(to) };
}

/**
 * A new step for an event, however it is added: the first passage (the default, so not
 * written) and a window around the event.
 */
export function stepFor(event: HistoricalEvent): TourStep {
  const window = windowAround(event);
  return window ? { event: event.id, window } : { event: event.id };
}
