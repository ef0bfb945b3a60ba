import type { HistoricalEvent } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import { parseTourFile } from '../../data/parse-tour-file';
import { downloadText } from '../../lib/download';
import { useSavedTours } from '../../state/saved-tours';

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

/**
 * Imports a chosen file into the saved tours. Nothing saved is touched unless the whole file is
 * good; a tour whose id is taken (saved or built-in) gets a new one.
 */
export async function importTourFile(
  file: Pick<File, 'name' | 'text'>,
  events: readonly HistoricalEvent[],
  reserved: readonly string[] = [],
): Promise<ImportResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { imported: [], error: `${file.name}: could not be read.` };
  }
  const parsed = parseTourFile(file.name, text, events);
  if (!parsed.ok) return { imported: [], error: parsed.error };
  const imported: Tour[] = [];
  for (const tour of parsed.tours) {
    const added = useSavedTours.getState().addTour(tour, reserved);
    if (added.error !== null) return { imported, error: added.error };
    imported.push({ ...tour, id: added.id });
  }
  return { imported, error: null };
}
