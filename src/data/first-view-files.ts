import { cachedLoader } from '../lib/cached-loader';
import { DATA_URLS } from './data-urls';

/** The bytes of the three files the first view reads. */
export interface ListingFiles {
  listing: ArrayBuffer;
  factions: ArrayBuffer;
  people: ArrayBuffer;
}

/**
 * The address of one of the app's data files, whole: a worker resolves a relative address
 * against its own script's, in assets/, not against the page's.
 */
export function dataFileHref(url: string): string {
  return new URL(`${import.meta.env.BASE_URL}${url}`, document.baseURI).href;
}

/** The bytes at `href`; `url` names the file in the error when the host does not serve it. */
export async function fetchBytesAt(href: string, url: string): Promise<ArrayBuffer> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

export function fetchBytes(url: string): Promise<ArrayBuffer> {
  return fetchBytesAt(`${import.meta.env.BASE_URL}${url}`, url);
}

/**
 * Fetches what the timeline draws, once per page. The page's entry (boot.ts) starts it together
 * with the app's scripts, so the files come in while the scripts do; the loader picks up the
 * same requests.
 */
export const fetchFirstViewFiles: () => Promise<ListingFiles> = cachedLoader(() =>
  Promise.all([
    fetchBytes(DATA_URLS.listing),
    fetchBytes(DATA_URLS.factions),
    fetchBytes(DATA_URLS.people),
  ]).then(([listing, factions, people]) => ({ listing, factions, people })),
);
