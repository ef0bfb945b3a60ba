import { cachedLoaderPerKey } from '../../lib/cached-loader';
import type { DataError } from '../../data/data-error';
import type { HistoricalEvent } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import { TOURS_FILE, validateTours } from '../../data/validate-tours';

export interface LoadedTours {
  tours: Tour[];
  /** Tours the validator dropped, each problem named by file, tour and field. */
  errors: DataError[];
}

/**
 * Fetches and validates the built-in tours once per dataset: leaving present mode and coming
 * back does not fetch again. A failed fetch is forgotten, so the next visit tries again.
 */
export const loadTours: (events: readonly HistoricalEvent[]) => Promise<LoadedTours> = cachedLoaderPerKey(
  async (events) => {
    const response = await fetch(`${import.meta.env.BASE_URL}${TOURS_FILE}`);
    if (!response.ok) throw new Error(`${TOURS_FILE} could not be fetched (HTTP ${response.status}).`);
    let raw: unknown;
    try {
      raw = await response.json();
    } catch {
      throw new Error(`${TOURS_FILE} is not valid JSON.`);
    }
    return validateTours(raw, events);
  },
);
