import type { Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { HistoricalDate } from './parse';
import { isBeforeCalendarReform, toOldStyle } from './old-style';

/** Calendar parts of a date; month and day absent when the date is less precise. */
interface Parts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/**
 * A month's name, 1 for January: "March", or abbreviated "Mar". The one source of month names:
 * date-fns's locale data alone, since its `format` would bring the whole formatter (and
 * time-zone handling these calendar dates do not need) into the first view.
 */
export const nameOfMonth = (month: number, width: 'wide' | 'abbreviated' = 'wide'): string =>
  enUS.localize.month((month - 1) as Month, { width });

const monthName = (p: Parts) => nameOfMonth(p.month ?? 1);

function formatParts(p: Parts): string {
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${monthName(p)} ${p.year}`;
  return `${p.day} ${monthName(p)} ${p.year}`;
}

/** "8–16 March 1921", "28 February – 3 March 1921", "March–June 1918", "1918–1921". */
function formatPartsRange(a: Parts, b: Parts): string {
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  if (sameYear && a.month === undefined && b.month === undefined) return String(a.year);
  if (sameMonth && a.day !== undefined && b.day !== undefined) {
    if (a.day === b.day) return formatParts(a);
    return `${a.day}–${b.day} ${monthName(a)} ${a.year}`;
  }
  if (sameMonth && a.day === undefined && b.day === undefined) return formatParts(a);
  if (sameYear && a.month !== undefined && b.month !== undefined) {
    if (a.day === undefined && b.day === undefined) return `${monthName(a)}–${monthName(b)} ${a.year}`;
    const head = a.day === undefined ? monthName(a) : `${a.day} ${monthName(a)}`;
    return `${head} – ${formatParts(b)}`;
  }
  const left = formatParts(a);
  const right = formatParts(b);
  // A spaced dash only where an endpoint itself has spaces: "1918–1921" but "March 1921 – 1928".
  return left.includes(' ') || right.includes(' ') ? `${left} – ${right}` : `${left}–${right}`;
}

/** The calendar parts of a UTC instant, down to `precision`. */
function partsOf(ms: number, precision: 'year' | 'month' | 'day'): Parts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: precision === 'year' ? undefined : d.getUTCMonth() + 1,
    day: precision === 'day' ? d.getUTCDate() : undefined,
  };
}

/** A UTC instant written to `precision`, as dates are written everywhere: "March 1921", "8 March 1921". */
export const formatInstant = (ms: number, precision: 'year' | 'month' | 'day'): string =>
  formatParts(partsOf(ms, precision));

/**
 * A stretch of time between two instants (UTC, both included), written at the precision its
 * length calls for: "1918–1924", "March 1921 – June 1922", "8–16 March 1921".
 */
export function formatSpan(from: number, to: number): string {
  const years = (to - from) / (365.25 * 86_400_000);
  const precision = years >= 4 ? 'year' : years >= 0.25 ? 'month' : 'day';
  return formatPartsRange(partsOf(from, precision), partsOf(to, precision));
}

function qualify(text: string, d: HistoricalDate): string {
  return `${d.approximate ? 'c. ' : ''}${text}${d.uncertain ? '?' : ''}`;
}

const plain = (d: HistoricalDate) => !d.approximate && !d.uncertain;

/** A single date at its own precision: "1921", "March 1921", "8 March 1921", "c. 1926", "September 1923?". */
export function formatDate(d: HistoricalDate): string {
  return qualify(formatParts(d), d);
}

/** A date or a period, shared parts written once: "8–16 March 1921". */
export function formatRange(start: HistoricalDate, end?: HistoricalDate): string {
  if (!end) return formatDate(start);
  if (plain(start) && plain(end)) return formatPartsRange(start, end);
  const left = formatDate(start);
  const right = formatDate(end);
  return `${left} – ${right}`;
}

function oldStyleParts(d: HistoricalDate): Parts | null {
  if (d.precision !== 'day' || !isBeforeCalendarReform(d.min)) return null;
  return toOldStyle(d.min);
}

/**
 * The Old Style (Julian) reading of a date before 14 February 1918, derived from its New Style
 * date; null when the calendars need no telling apart (later dates, or dates known only to the
 * month or year, whose Julian month cannot be stated honestly).
 */
export function formatOldStyle(start: HistoricalDate, end?: HistoricalDate): string | null {
  const a = oldStyleParts(start);
  if (!a) return null;
  const b = end ? oldStyleParts(end) : null;
  return b ? formatPartsRange(a, b) : formatParts(a);
}

/**
 * Both calendars in one phrase, as historians of 1917 write them: "25 October / 7 November 1917".
 * Falls back to the New Style date alone where no Old Style date applies.
 */
export function formatDualDate(start: HistoricalDate, end?: HistoricalDate): string {
  const newStyle = formatRange(start, end);
  const a = oldStyleParts(start);
  if (!a || (end && end.edtf !== start.edtf)) {
    const oldStyle = formatOldStyle(start, end);
    return oldStyle ? `${oldStyle} (Old Style) / ${newStyle}` : newStyle;
  }
  const left = a.year === start.year ? `${a.day} ${monthName(a)}` : formatParts(a);
  return qualify(`${left} / ${formatParts(start)}`, start);
}
