import { joinDetails } from './join-details';
import type { EventListing } from './schemas';
import { SERVED_EVENT_FILES } from './split-events';
import { validateListing, type DatasetResult } from './validate-dataset';

/** Where the built app serves the dataset (scripts/vite-plugins.ts makes them from data/). */
export const DATA_URLS = {
  listing: SERVED_EVENT_FILES.listing,
  details: SERVED_EVENT_FILES.details,
  factions: 'data/factions.json',
  people: 'data/people.json',
} as const;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(`${import.meta.env.BASE_URL}${url}`);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  return response;
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
}

const fetchJson = async (url: string) => parseJson(await (await fetchOk(url)).text(), url);

/**
 * Resolves when the browser has nothing more urgent to do: the timeline's first draw, and
 * input, go before reading the events' text. Where postTask is missing, after other tasks.
 */
function whenIdle(): Promise<void> {
  if ('scheduler' in globalThis) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve));
}

export interface DatasetLoad {
  /** What the timeline draws (data/timeline.json), with the factions and people, checked. */
  listing: Promise<DatasetResult<EventListing>>;
  /**
   * The events whole, their text (data/event-details.json) joined on: fetched once the listing
   * is in and read when the browser is idle, so it never holds up the first draw. Its errors
   * are only those the listing did not have.
   */
  dataset: Promise<DatasetResult>;
}

function start(): DatasetLoad {
  const listing = Promise.all([
    fetchJson(DATA_URLS.listing),
    fetchJson(DATA_URLS.factions),
    fetchJson(DATA_URLS.people),
  ]).then(([events, factions, people]) => validateListing({ events, factions, people }));
  const dataset = listing.then(async ({ dataset: checked }) => {
    // The bytes now, while the listing is drawn; decoding and checking them waits for idle.
    const bytes = await (await fetchOk(DATA_URLS.details)).arrayBuffer();
    await whenIdle();
    return joinDetails(checked, parseJson(new TextDecoder().decode(bytes), DATA_URLS.details));
  });
  return { listing, dataset };
}

let started: DatasetLoad | null = null;

/**
 * Loads and checks the dataset, once per page however often it is asked (main.tsx starts it
 * before React, so the files are read while the page frame paints). Invalid records are dropped
 * and reported; only a file that cannot be read at all rejects. Quotations were proven against
 * the source at build time.
 */
export function loadDataset(): DatasetLoad {
  started ??= start();
  return started;
}
