import { parseDate } from '../../dates';
import type { HistoricalEvent } from '../../data/schemas';
import { compareText } from '../../data/compare-text';

export type SortKey = 'date' | 'title' | 'factions' | 'kind';
export type SortDirection = 'ascending' | 'descending';

/** How the list is ordered: one state shared by the table's column buttons and the cards' menus. */
export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

const startOf = (e: HistoricalEvent) => parseDate(e.start)?.min ?? 0;

/**
 * A sorted copy. Factions sort by their names as the list writes them (the main faction's first),
 * so `factionName` gives those. Ties are broken by date and then by title, in the same direction,
 * so the order never depends on input order.
 */
export function sortEvents(
  events: readonly HistoricalEvent[],
  key: SortKey,
  direction: SortDirection,
  factionName: (id: string) => string = (id) => id,
): HistoricalEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const factionsOf =
    key === 'factions'
      ? new Map(events.map((e) => [e.id, e.factions.map(factionName).join(', ')]))
      : new Map<string, string>();
  const primary = (a: HistoricalEvent, b: HistoricalEvent): number => {
    switch (key) {
      case 'title':
        return compareText(a.title, b.title);
      case 'factions':
        return compareText(factionsOf.get(a.id) ?? '', factionsOf.get(b.id) ?? '');
      case 'kind':
        return compareText(a.kind, b.kind);
      case 'date':
        return 0;
    }
  };
  return [...events].sort(
    (a, b) => sign * (primary(a, b) || startOf(a) - startOf(b) || compareText(a.title, b.title)),
  );
}
