/**
 * `npm run validate`: proves the dataset before anything is built. Every error is listed at once,
 * each naming file, record id and field; the exit code is 1 when there is any.
 */
import { readFileSync } from 'node:fs';
import { formatDataError, type DataError } from '../src/data/data-error';
import { isEdtfDate } from '../src/dates/edtf-grammar';
import { findAllQuotes } from '../src/data/source/find-quote';
import { validateDataset } from '../src/data/validate-dataset';
import { JSON_SCHEMA_FILES, renderJsonSchema } from './json-schemas';
import { readJson, readRawDataset, readSource } from './read-dataset';
import { TOURS_FILE, validateTours } from '../src/data/validate-tours';
import { formatTourError } from '../src/data/parse-tour-file';
import { POSITIONS_FILE, validatePositions } from '../src/data/validate-positions';

function staleSchemas(): DataError[] {
  return Object.entries(JSON_SCHEMA_FILES).flatMap(([file, schema]) => {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* a missing file is reported below like a stale one */
    }
    return current === renderJsonSchema(schema, file)
      ? []
      : [
          {
            file,
            id: '(file)',
            field: '(schema)',
            message: 'is out of date with src/data/schemas.ts: run npm run schemas',
          },
        ];
  });
}

function main(): number {
  let raw;
  try {
    raw = readRawDataset();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const source = readSource();
  const sectionNumbers = new Map(source.sections.map((s) => [s.id, s.number]));
  const { dataset, errors } = validateDataset(raw, {
    quoteSections: (quote) => [
      ...new Set(findAllQuotes(source, quote).map((at) => sectionNumbers.get(at.paragraph.sectionId) ?? -1)),
    ],
    isEdtfDate,
  });
  // The compare matrix names its quotations by event and words: each is checked against the
  // source as the events' own passages are, and against the passages of the event it names.
  const positions = validatePositions(readJson(POSITIONS_FILE), dataset, {
    inSource: (quote) => findAllQuotes(source, quote).length > 0,
  });
  // The built-in tours name each passage by its words, so that no change to an event's passages
  // can put another quotation on a slide unnoticed.
  const tours = validateTours(readJson(TOURS_FILE), dataset.events, TOURS_FILE, {
    passageByWords: true,
    positions: positions.positions,
  });
  const all = [...errors, ...tours.errors, ...positions.errors, ...staleSchemas()];
  if (all.length > 0) {
    console.error(`${all.length} data error${all.length === 1 ? '' : 's'}:`);
    // A tour's problems name its step as a teacher counts it (from 1) and the field apart.
    const tourErrors = new Set(tours.errors);
    for (const e of all) console.error(`  ${tourErrors.has(e) ? formatTourError(e) : formatDataError(e)}`);
    return 1;
  }
  const passages = dataset.events.reduce((n, e) => n + e.passages.length, 0);
  const cells = positions.positions?.cells ?? [];
  const cellsWithPassages = cells.filter((c) => c.passages.length > 0).length;
  console.log(
    `data ok: ${dataset.events.length} events, ${passages} quotations found verbatim in the source, ` +
      `${dataset.factions.length} factions, ${dataset.people.length} people, ` +
      `${Array.isArray(raw.works) ? raw.works.length : 0} works, ${tours.tours.length} tours, ` +
      `${cells.length} positions cells (${cellsWithPassages} with passages)`,
  );
  return 0;
}

process.exitCode = main();
