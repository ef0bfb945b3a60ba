import type { HistoricalEvent } from '../../data/schemas';
import type { EventSearch } from '../../lib/search/search-index';

export interface FoundEvents {
  /** In their own (date) order, for a list to choose from. */
  events: readonly HistoricalEvent[];
  /**
   * The one to offer first: the search's best (most of the query's words in its title, the
   * earliest of equals), so "Tenth Party Congress" offers that congress and not the first event
   * by date that mentions it; for a date, the first event then. Null when nothing is found.
   */
  best: string | null;
}

/**
 * The events the editor offers for a query: those the main search finds (the same index and
 * folding, so "Myasnikov" finds Miasnikov), and those whose date begins as typed ("1921-03").
 * Every event for an empty query, and while the search code loads.
 */
export function findEvents(
  events: readonly HistoricalEvent[],
  query: string,
  search: EventSearch | null,
): FoundEvents {
  const q = query.trim();
  if (q === '' || !search) return { events, best: events[0]?.id ?? null };
  const { ids } = search.search(q);
  const found = events.filter((e) => ids.has(e.id) || e.start.startsWith(q));
  const [ranked] = ids;
  return { events: found, best: ranked ?? found[0]?.id ?? null };
}
