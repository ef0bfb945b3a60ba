import { parseDate } from '../../dates';
import type { HistoricalEvent } from '../../data/schemas';

export type SortKey = 'date' | 'title';
export type SortDirection = 'ascending' | 'descending';

const startOf = (e: HistoricalEvent) => parseDate(e.start)?.min ?? 0;

/** A sorted copy; date order breaks ties by title so the order never depends on input order. */
export function sortEvents(
  events: readonly HistoricalEvent[],
  key: SortKey,
  direction: SortDirection,
): HistoricalEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...events].sort((a, b) => {
    const primary = key === 'date' ? startOf(a) - startOf(b) : a.title.localeCompare(b.title);
    return sign * (primary || a.title.localeCompare(b.title));
  });
}
