/** How finely a date is known: the EDTF string decides, never the display. */
export type Precision = 'year' | 'month' | 'day';

export interface HistoricalDate {
  /** The EDTF string as written in the data (New Style). */
  edtf: string;
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
  /** `~` in EDTF: the date is a close estimate. */
  approximate: boolean;
  /** `?` in EDTF: the source is not sure of it. */
  uncertain: boolean;
  /** First millisecond the date covers, UTC. */
  min: number;
  /** Last millisecond the date covers, UTC. */
  max: number;
}

/**
 * The subset of EDTF level 0/1 this product stores: one date, year, month or day precision,
 * optionally qualified as approximate (~), uncertain (?) or both (%). The build validates every
 * date with the edtf package's grammar as well (see edtf-grammar.ts); the browser reads this
 * subset with a pattern, which keeps the 11 KB grammar out of the first view.
 */
const EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/**
 * Parsed dates by their string. A dataset has far fewer distinct dates than events, and the
 * loader, the sort, the timeline and the list each read every event's dates: with 10,000 events
 * that was 40,000 parses, and a list sorted by date parsed on every comparison. The results are
 * frozen, since every caller shares them. The bound keeps a stream of odd input from growing it.
 */
const parsed = new Map<string, Readonly<HistoricalDate> | null>();
const MAX_CACHED = 50_000;

/**
 * Parses an EDTF date ("1921", "1921-03", "1921-03-08", with `~`, `?` or `%`). Returns null,
 * never throws, so a loader can collect every bad date at once. Intervals are not accepted:
 * events carry `start` and `end` separately.
 */
export function parseDate(value: string): Readonly<HistoricalDate> | null {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (parsed.size >= MAX_CACHED) parsed.clear();
  const date = parseUncached(value);
  parsed.set(value, date && Object.freeze(date));
  return date;
}

/**
 * Date.UTC with any year: Date.UTC itself reads years 0–99 as 1900–1999, so "0000" would become
 * 1900 and "0099" 1999. setUTCFullYear takes the year as it is.
 */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function parseUncached(value: string): HistoricalDate | null {
  const match = EDTF_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d, qualifier] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;

  const min = utc(year, (month ?? 1) - 1, day ?? 1);
  // Date.UTC rolls 30 February over into March; a calendar round trip catches it.
  if (day !== undefined && new Date(min).getUTCDate() !== day) return null;
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const next =
    precision === 'year'
      ? utc(year + 1, 0, 1)
      : precision === 'month'
        ? utc(year, month ?? 1, 1)
        : min + 86_400_000;

  const date: HistoricalDate = {
    edtf: value,
    year,
    precision,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    min,
    max: next - 1,
  };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}
