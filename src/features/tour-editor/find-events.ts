import type { HistoricalEvent } from '../../data/schemas';
import type { EventSearch } from '../../lib/search/search-index';

/**
 * The events the editor offers for a query, in their own (date) order: those the main search
 * finds (the same index and folding, so "Myasnikov" finds Miasnikov), and those whose date
 * begins as typed ("1921-03"). Every event for an empty query, and while the search code loads.
 */
export function findEvents(
  events: readonly HistoricalEvent[],
  query: string,
  search: EventSearch | null,
): readonly HistoricalEvent[] {
  const q = query.trim();
  if (q === '' || !search) return events;
  const { ids } = search.search(q);
  return events.filter((e) => ids.has(e.id) || e.start.startsWith(q));
}
