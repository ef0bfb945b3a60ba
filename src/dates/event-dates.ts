import { formatOldStyle, formatRange } from './format';
import { parseDate } from './parse';

export interface EventDates {
  /** The date or period at its own precision: "8–16 March 1921". */
  newStyle: string;
  /** Its Old Style reading, for dates before 14 February 1918 known to the day; else null. */
  oldStyle: string | null;
}

/**
 * How every view writes an event's dates: the panel, the list's table, cards and handout, the
 * timeline's names and tooltips, the tour editor, the slides and handouts of a tour, the CSV and
 * TimelineJS exports; and a faction's years on its card. The loader has checked every date;
 * should one not parse, its EDTF string is written as it is.
 */
export function formatEventDates(event: { start: string; end?: string | undefined }): EventDates {
  const start = parseDate(event.start);
  if (!start) return { newStyle: event.start, oldStyle: null };
  const end = event.end === undefined ? undefined : (parseDate(event.end) ?? undefined);
  return { newStyle: formatRange(start, end), oldStyle: formatOldStyle(start, end) };
}

/** An event's dates in New Style alone: "8–16 March 1921". */
export const formatEventDate = (event: { start: string; end?: string | undefined }): string =>
  formatEventDates(event).newStyle;
