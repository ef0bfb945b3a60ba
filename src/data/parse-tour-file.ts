import { formatDataError } from './data-error';
import type { HistoricalEvent } from './schemas';
import type { Tour } from './tour-schema';
import { validateTours } from './validate-tours';

export type ParsedTourFile = { ok: true; tours: Tour[] } | { ok: false; error: string };

/**
 * Reads a tour file: one tour, or a list of tours like data/tours.json. Each is checked against
 * the tour schema and the dataset (events exist, passages exist); any problem rejects the file,
 * with every problem named by file, tour and field.
 */
export function parseTourFile(
  fileName: string,
  text: string,
  events: readonly HistoricalEvent[],
): ParsedTourFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: `${fileName}: is not a JSON file, so it holds no tour.` };
  }
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { ok: false, error: `${fileName}: holds no tours.` };
  const { tours, errors } = validateTours(list, events, fileName);
  if (errors.length > 0) return { ok: false, error: errors.map(formatDataError).join('\n') };
  return { ok: true, tours };
}
