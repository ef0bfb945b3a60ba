import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { VOICE_LABELS, voiceOf } from '../../data/voice';
import { formatEventDate } from '../../dates';
import { namesOf } from './names';
import { csvTable, NAME_SEPARATOR } from './to-csv';

/** One row per quotation: what a researcher sorts and filters by voice, speaker or event. */
export const QUOTATION_CSV_COLUMNS = [
  'event_id',
  'event_title',
  'date',
  'factions',
  'quotation_number',
  'voice',
  'speaker',
  'quotation',
  'citation',
] as const;
export type QuotationCsvColumn = (typeof QUOTATION_CSV_COLUMNS)[number];

/** Written by this module from ids, dates and counts, never prose: see to-csv.ts. */
const TRUSTED: ReadonlySet<QuotationCsvColumn> = new Set(['event_id', 'date', 'quotation_number']);

/**
 * The events' quotations as CSV, in event order and each event's own order; `quotation_number`
 * is the n of "Read in context" (`passage=<n>`). The voice is as the app labels it, empty where
 * the data cannot tell; the citation is the source's own.
 */
export function quotationsToCsv(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): string {
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const rows = events.flatMap((event) => {
    const shared = {
      event_id: event.id,
      event_title: event.title,
      date: formatEventDate(event),
      factions: namesOf(event.factions, factions).join(NAME_SEPARATOR),
    };
    return event.passages.map((passage, i): Record<QuotationCsvColumn, string> => {
      const voice = voiceOf(passage, peopleById);
      return {
        ...shared,
        quotation_number: String(i + 1),
        voice: voice === null ? '' : VOICE_LABELS[voice],
        speaker: passage.speaker === undefined ? '' : (namesOf([passage.speaker], people)[0] ?? ''),
        quotation: passage.quote,
        citation: passage.cite,
      };
    });
  });
  return csvTable(QUOTATION_CSV_COLUMNS, rows, TRUSTED);
}
