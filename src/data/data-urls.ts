import { SERVED_EVENT_FILES } from './split-events';

/** Where the built app serves the dataset (scripts/vite-plugins.ts makes them from data/). */
export const DATA_URLS = {
  listing: SERVED_EVENT_FILES.listing,
  details: SERVED_EVENT_FILES.details,
  factions: 'data/factions.json',
  people: 'data/people.json',
  /** The bibliography, loaded only when a citation or an export asks for it (load-works.ts). */
  works: 'data/works.json',
  /** The compare matrix, loaded with the compare view's code (load-positions.ts). */
  positions: 'data/positions.json',
} as const;
