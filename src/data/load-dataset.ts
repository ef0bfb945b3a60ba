import { validateDataset, type DatasetResult } from './validate-dataset';

/** Where the built app serves the dataset; the same files as data/ in the repository. */
export const DATA_URLS = {
  events: 'data/events.json',
  factions: 'data/factions.json',
  people: 'data/people.json',
} as const;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${url}`);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
}

/**
 * Loads and checks the dataset. Invalid records are dropped and reported; only a file that
 * cannot be read at all rejects. Quotations were proven against the source at build time.
 */
export async function loadDataset(): Promise<DatasetResult> {
  const [events, factions, people] = await Promise.all([
    fetchJson(DATA_URLS.events),
    fetchJson(DATA_URLS.factions),
    fetchJson(DATA_URLS.people),
  ]);
  return validateDataset({ events, factions, people });
}
