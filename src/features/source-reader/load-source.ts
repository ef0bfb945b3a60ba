import { cachedLoader } from '../../lib/cached-loader';
import { parseSource } from '../../data/source/parse-source';
import type { SourceDocument } from '../../data/source/types';

export const SOURCE_URL = 'data/source/bolshevik-oppositions.txt';

/** Fetches and parses the source text once per page; later callers share the same promise. */
export const loadSource: () => Promise<SourceDocument> = cachedLoader(() =>
  fetch(`${import.meta.env.BASE_URL}${SOURCE_URL}`)
    .then((response) => {
      if (!response.ok) throw new Error(`${SOURCE_URL} could not be loaded (HTTP ${response.status}).`);
      return response.text();
    })
    .then(parseSource),
);
