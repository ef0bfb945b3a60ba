import { useMemo } from 'react';
import type { EventListing, HistoricalEvent } from '../../data/schemas';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { searchIndexFor, useSearchCode } from '../../lib/search/load-search';
import { filterEvents } from './filter-events';

export interface FilteredEvents {
  /** What the timeline and the counts show: the whole events once in, the listing before. */
  events: readonly EventListing[];
  /** The same events whole, for what reads their text (list, export); null until it is in. */
  whole: readonly HistoricalEvent[] | null;
  /** Terms the search matched, for highlighting; empty without a search. */
  terms: string[];
  /** The search code is still loading: the result does not reflect the query yet. */
  searching: boolean;
}

const selectDataset = (s: AppState) => s.dataset;
const selectListing = (s: AppState) => s.listing;
const selectFilters = (s: AppState) => s.filters;

/**
 * The events after filters and search: derived on every change, never stored. The search code
 * loads on demand, and searches the events' text: until both are in, a query shows every event
 * and says it is searching.
 */
export function useFilteredEvents(): FilteredEvents {
  const dataset = useAppStore(selectDataset);
  const listing = useAppStore(selectListing);
  const filters = useAppStore(selectFilters);
  const query = filters.q.trim();
  const code = useSearchCode(query !== '');

  const result = useMemo(
    () => (query !== '' && code && dataset ? searchIndexFor(code, dataset).search(query) : null),
    [query, code, dataset],
  );

  const searchIds = result ? result.ids : null;
  const peopleById = useMemo(() => new Map(listing.people.map((p) => [p.id, p])), [listing]);
  const whole = useMemo(
    () => (dataset ? filterEvents(dataset.events, filters, searchIds, peopleById) : null),
    [dataset, filters, searchIds, peopleById],
  );
  const listed = useMemo(
    () => (dataset ? null : filterEvents(listing.events, filters, null, peopleById)),
    [dataset, listing, filters, peopleById],
  );
  return {
    events: whole ?? listed ?? [],
    whole,
    terms: result?.terms ?? [],
    searching: query !== '' && (!code || !dataset),
  };
}
