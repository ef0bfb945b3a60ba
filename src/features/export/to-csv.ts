import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { formatEventDates } from '../../dates';
import { namesOf } from './names';

/*
 * RFC 4180 CSV of the filtered events, one row per event.
 *
 * Plain UTF-8 without a byte-order mark: the BOM is only a hint for Excel, and it breaks tools
 * that read the first header as "\uFEFFid". Excel users open the file through Data → From
 * Text/CSV and choose UTF-8 (65001); LibreOffice, Numbers, pandas and R read it as it is.
 */

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'date',
  'old_style_date',
  'kind',
  'factions',
  'people',
  'summary',
  'quotations',
  'citations',
  'source_date',
  'note',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Columns this module writes itself, from kebab-case ids and formatted dates: they start with a
 * letter or a digit ("1921", "c. 1926", "8–16 March 1921"), never with a formula trigger, so the
 * apostrophe guard would only ever corrupt them. Every other column holds prose a spreadsheet
 * must not execute.
 */
const TRUSTED_COLUMNS: ReadonlySet<CsvColumn> = new Set(['id', 'start', 'end', 'date', 'old_style_date']);

const CRLF = '\r\n';
/** Between quotations (and between their citations) in one cell: a blank line, as in print. */
const PASSAGE_SEPARATOR = '\n\n';
const NAME_SEPARATOR = '; ';

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (and tab or CR can smuggle one
 * in), so an exported quotation could call out to the network or run a command on the
 * reader's machine (CSV injection, OWASP). A leading apostrophe makes Excel, LibreOffice and
 * Google Sheets show the cell as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 §2.6–2.7: quote a field that holds a separator, a quote or a line break; double its quotes. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function eventRow(
  event: HistoricalEvent,
  factions: readonly Faction[],
  people: readonly Person[],
): Record<CsvColumn, string> {
  const { newStyle: date, oldStyle } = formatEventDates(event);
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end ?? '',
    date,
    old_style_date: oldStyle ?? '',
    kind: event.kind,
    factions: namesOf(event.factions, factions).join(NAME_SEPARATOR),
    people: namesOf(event.people, people).join(NAME_SEPARATOR),
    summary: event.summary,
    quotations: event.passages.map((p) => p.quote).join(PASSAGE_SEPARATOR),
    citations: event.passages.map((p) => p.cite).join(PASSAGE_SEPARATOR),
    source_date: event.sourceDate ?? '',
    note: event.note ?? '',
  };
}

function line(cells: readonly string[]): string {
  return cells.map(quoteCsvField).join(',');
}

/** The events as CSV: a header row, then one row per event, each line ended by CRLF. */
export function eventsToCsv(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): string {
  const rows = events.map((event) => {
    const row = eventRow(event, factions, people);
    return line(
      CSV_COLUMNS.map((column) =>
        TRUSTED_COLUMNS.has(column) ? row[column] : neutraliseFormula(row[column]),
      ),
    );
  });
  return [line(CSV_COLUMNS), ...rows].map((l) => l + CRLF).join('');
}
