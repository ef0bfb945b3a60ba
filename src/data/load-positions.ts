import { cachedLoader } from '../lib/cached-loader';
import { DATA_URLS } from './data-urls';
import { fetchBytes } from './first-view-files';
import { PositionsFileSchema, type Positions } from './positions';

/**
 * Reads the compare matrix's bytes, checked against PositionsFileSchema. Its cross-checks (known
 * factions, questions and events, verbatim quotations) run in `npm run validate`; here a file
 * that does not even have the matrix's shape rejects, naming the first fields at fault.
 */
export function readPositions(bytes: ArrayBuffer): Positions {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new Error(`${DATA_URLS.positions} is not valid JSON.`);
  }
  const result = PositionsFileSchema.safeParse(raw);
  if (!result.success) {
    const fields = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`The compare matrix could not be read:\n${fields.join('\n')}`);
  }
  return result.data;
}

/** The compare matrix (data/positions.json): fetched when the compare view first asks, then kept. */
export const loadPositions: () => Promise<Positions> = cachedLoader(async () =>
  readPositions(await fetchBytes(DATA_URLS.positions)),
);
