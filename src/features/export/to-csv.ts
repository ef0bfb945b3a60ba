import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { formatEventDates } from '../../dates';
import { namesOf } from './names';

/*
 * RFC 4180 CSV of the filtered events, one row per event (quotations-csv.ts writes one per
 * quotation).
 *
 * UTF-8 with a byte-order mark: Excel on Windows, opening a CSV by double-click, reads it as
 * UTF-8 only when the BOM says so (else "Shlyapnikov’s" turns to mojibake). LibreOffice,
 * Numbers, pandas (encoding="utf-8-sig") and R (readr) skip it.
 */
const BOM = '\uFEFF';

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
export const NAME_SEPARATOR = '; ';

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

/**
 * A CSV file: the BOM, a header row, then a row per record, each line ended by CRLF. Columns not
 * in `trusted` hold prose, defused so a spreadsheet never runs it as a formula.
 */
export function csvTable<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, string>[],
  trusted: ReadonlySet<C>,
): string {
  const lines = rows.map((row) =>
    line(columns.map((column) => (trusted.has(column) ? row[column] : neutraliseFormula(row[column])))),
  );
  return BOM + [line(columns), ...lines].map((l) => l + CRLF).join('');
}

/** The events as CSV, one row per event. */
export function eventsToCsv(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): string {
  return csvTable(
    CSV_COLUMNS,
    events.map((event) => eventRow(event, factions, people)),
    TRUSTED_COLUMNS,
  );
}
