import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../data/validate-dataset';
import type { EventListing, HistoricalEvent } from '../../data/schemas';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { filterEvents } from './filter-events';

type SearchModule = typeof import('../../lib/search/search-index');
type EventSearch = ReturnType<SearchModule['createSearchIndex']>;

let searchModule: Promise<SearchModule> | null = null;
/** Starts loading the search code (minisearch and the index builder) without waiting for it. */
export function preloadSearch(): Promise<SearchModule> {
  searchModule ??= import('../../lib/search/search-index');
  return searchModule;
}

// One index per dataset, built once and dropped with the dataset.
const indexes = new WeakMap<Dataset, EventSearch>();
function indexFor(module: SearchModule, dataset: Dataset): EventSearch {
  let index = indexes.get(dataset);
  if (!index) {
    index = module.createSearchIndex(dataset.events, dataset.factions, dataset.people);
    indexes.set(dataset, index);
  }
  return index;
}

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
  const [module, setModule] = useState<SearchModule | null>(null);

  useEffect(() => {
    if (query === '' || module) return;
    let cancelled = false;
    void preloadSearch().then((m) => {
      if (!cancelled) setModule(m);
    });
    return () => {
      cancelled = true;
    };
  }, [query, module]);

  const result = useMemo(
    () => (query !== '' && module && dataset ? indexFor(module, dataset).search(query) : null),
    [query, module, dataset],
  );

  const searchIds = result ? result.ids : null;
  const whole = useMemo(
    () => (dataset ? filterEvents(dataset.events, filters, searchIds) : null),
    [dataset, filters, searchIds],
  );
  const listed = useMemo(
    () => (dataset ? null : filterEvents(listing.events, filters, null)),
    [dataset, listing, filters],
  );
  return {
    events: whole ?? listed ?? [],
    whole,
    terms: result?.terms ?? [],
    searching: query !== '' && (!module || !dataset),
  };
}
