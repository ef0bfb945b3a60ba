import type { HistoricalEvent } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import { parseTourFile } from '../../data/parse-tour-file';
import { downloadText } from '../../lib/download';
import { useSavedTours, type Twins } from '../../state/saved-tours';

export const tourFileName = (tour: Tour): string => `${tour.id}.tour.json`;

/** The tour as the JSON file a teacher keeps or passes on: the same shape as data/tours.json's entries. */
export const tourToJson = (tour: Tour): string => `${JSON.stringify(tour, null, 2)}\n`;

/** Downloads one tour as a JSON file. */
export function exportTour(tour: Tour): void {
  downloadText(tourFileName(tour), tourToJson(tour), 'application/json');
}

/** The tours saved from the file (under their new ids where theirs were taken), or why none were. */
export interface ImportResult {
  imported: Tour[];
  error: string | null;
}

/** What a file holds, checked; nothing is saved yet. */
export type ReadResult = { tours: Tour[]; error: null } | { tours: []; error: string };

/** Reads and checks a chosen file: its tours, or every problem in it. */
export async function readTourFile(
  file: Pick<File, 'name' | 'text'>,
  events: readonly HistoricalEvent[],
): Promise<ReadResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { tours: [], error: `${file.name}: could not be read.` };
  }
  const parsed = parseTourFile(file.name, text, events);
  return parsed.ok ? { tours: parsed.tours, error: null } : { tours: [], error: parsed.error };
}

/** The file's tours that are already saved here (the same id): imported twice, they are asked about. */
export const alreadySaved = (tours: readonly Tour[]): Tour[] => {
  const saved = new Set(useSavedTours.getState().tours.map((t) => t.id));
  return tours.filter((t) => saved.has(t.id));
};

/**
 * Saves checked tours, all or none. A tour already saved is replaced, or kept beside the saved
 * one under a new id ("keep both"); one whose id a built-in tour has (`reserved`) always gets a new id.
 */
export function saveTours(tours: readonly Tour[], reserved: readonly string[], twins: Twins): ImportResult {
  const saved = useSavedTours.getState().importTours(tours, reserved, twins);
  return { imported: saved.tours, error: saved.error };
}
