import { parseDate } from '../../dates';
import type { HistoricalEvent } from '../../data/schemas';
import { compareText } from '../../data/compare-text';

export type SortKey = 'date' | 'title';
export type SortDirection = 'ascending' | 'descending';

/** How the list is ordered: one state shared by the table's column buttons and the cards' menus. */
export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

const startOf = (e: HistoricalEvent) => parseDate(e.start)?.min ?? 0;

/** A sorted copy; date order breaks ties by title so the order never depends on input order. */
export function sortEvents(
  events: readonly HistoricalEvent[],
  key: SortKey,
  direction: SortDirection,
): HistoricalEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...events].sort((a, b) => {
    const primary = key === 'date' ? startOf(a) - startOf(b) : compareText(a.title, b.title);
    return sign * (primary || compareText(a.title, b.title));
  });
}
