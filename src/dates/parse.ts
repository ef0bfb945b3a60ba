import { parse } from 'edtf';

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

const PRECISIONS = ['year', 'month', 'day'] as const;

/**
 * Parses an EDTF level 0/1 single date ("1921", "1921-03", "1921-03-08", with `~`, `?` or `%`).
 * Returns null, never throws, so a loader can collect every bad date at once.
 * Intervals are deliberately not accepted: events carry `start` and `end` separately.
 *
 * Only edtf's grammar is used: its date classes find their type by class name, which a
 * minifier renames, so the bounds are computed here from the parsed values.
 */
export function parseDate(value: string): HistoricalDate | null {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(value, { level: 1 });
  } catch {
    return null;
  }
  if (parsed.type !== 'Date' || parsed.unspecified) return null;
  const values = parsed.values as number[];
  const [year, monthIndex, day] = values;
  const precision = PRECISIONS[values.length - 1];
  if (year === undefined || precision === undefined) return null;

  const min = Date.UTC(year, monthIndex ?? 0, day ?? 1);
  const first = new Date(min);
  // The grammar accepts 29 February in any year; a calendar round trip does not.
  if (day !== undefined && first.getUTCDate() !== day) return null;
  const next =
    precision === 'year'
      ? Date.UTC(year + 1, 0, 1)
      : precision === 'month'
        ? Date.UTC(year, (monthIndex ?? 0) + 1, 1)
        : min + 86_400_000;

  const date: HistoricalDate = {
    edtf: value,
    year,
    precision,
    approximate: Boolean(parsed.approximate),
    uncertain: Boolean(parsed.uncertain),
    min,
    max: next - 1,
  };
  if (monthIndex !== undefined) date.month = monthIndex + 1;
  if (day !== undefined) date.day = day;
  return date;
}
