/**
 * Russia kept the Julian calendar ("Old Style") until 31 January 1918 OS, which was followed by
 * 14 February 1918 NS. Events before that date are told in both calendars by historians.
 */
export const NEW_STYLE_ADOPTED = Date.UTC(1918, 1, 14);

const DAY_MS = 86_400_000;

/** Julian = Gregorian − 13 days for every date between 1 March 1900 and 28 February 2100. */
const JULIAN_LAG_DAYS = 13;

/** Whether a New Style instant falls before Soviet Russia changed calendar. */
export function isBeforeCalendarReform(newStyleMs: number): boolean {
  return newStyleMs < NEW_STYLE_ADOPTED;
}

/** The Old Style (Julian) calendar day of a New Style (Gregorian) UTC day, valid 1900–2099. */
export function toOldStyle(newStyleMs: number): { year: number; month: number; day: number } {
  const julian = new Date(newStyleMs - JULIAN_LAG_DAYS * DAY_MS);
  return { year: julian.getUTCFullYear(), month: julian.getUTCMonth() + 1, day: julian.getUTCDate() };
}
