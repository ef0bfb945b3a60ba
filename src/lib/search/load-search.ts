import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/validate-dataset';
import { cachedLoader } from '../cached-loader';
import type { EventSearch } from './search-index';

export type SearchCode = typeof import('./search-index');

/** The search code (minisearch's radix tree and the index builder), loaded on demand, once. */
export const loadSearchCode: () => Promise<SearchCode> = cachedLoader(() => import('./search-index'));

// One index per dataset, built once and dropped with the dataset: the main search and the tour
// editor's share it, so a name is found the same way in both.
const indexes = new WeakMap<Dataset, EventSearch>();

export function searchIndexFor(code: SearchCode, dataset: Dataset): EventSearch {
  let index = indexes.get(dataset);
  if (!index) {
    index = code.createSearchIndex(dataset.events, dataset.factions, dataset.people);
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * The search code once it is in; null until then. Loading starts when `wanted` is first true;
 * should it fail, the next time `wanted` turns true tries again.
 */
export function useSearchCode(wanted: boolean): SearchCode | null {
  const [code, setCode] = useState<SearchCode | null>(null);
  useEffect(() => {
    if (!wanted || code) return;
    let cancelled = false;
    loadSearchCode().then(
      (loaded) => {
        if (!cancelled) setCode(loaded);
      },
      () => {
        /* the caller keeps saying it is searching; the next search asks again */
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, code]);
  return code;
}
