import type { DataError } from './data-error';
import type { HistoricalEvent } from './schemas';
import type { Tour } from './tour-schema';
import { validateTours } from './validate-tours';
import { shown } from '../state/link-notice';

export type ParsedTourFile = { ok: true; tours: Tour[] } | { ok: false; error: string };

/**
 * Reads a tour file: one tour, or a list of tours like data/tours.json. Each is checked against
 * the tour schema and the dataset (events exist, passages exist); any problem rejects the file,
 * with every problem named by file, tour, step and field, counted as the teacher counts.
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
  // Some other JSON file chosen by mistake: a list of its missing fields would not say so.
  if (!list.some(looksLikeTour))
    return {
      ok: false,
      error: `${fileName}: is a JSON file, but not a tour file: a tour has a title and steps, and nothing in it does.`,
    };
  const { tours, errors } = validateTours(list, events, fileName);
  if (errors.length > 0) return { ok: false, error: errors.map(formatTourError).join('\n') };
  return { ok: true, tours };
}

/** Whether a record is meant as a tour, however broken: an object with a tour's title or steps. */
const looksLikeTour = (record: unknown): boolean =>
  typeof record === 'object' && record !== null && ('steps' in record || 'title' in record);

/** A file's id or field as a message quotes it: a hostile file's may be 100,000 characters long. */
const cut = (text: string) => shown(text, ['', '']);

/** A field as the editor names it: "field “window”, its start" rather than "window.from". */
const fieldWords = (field: string): string => {
  const [head = field, end] = field.split('.');
  const part = end === 'from' ? ', its start' : end === 'to' ? ', its end' : end ? ` (${cut(end)})` : '';
  return `field “${head}”${part}`;
};

/**
 * A problem in a tour file as a teacher reads it: steps counted from 1 as the editor and the
 * slides count them ("step 2", not "steps[1]"), the field named apart from them.
 * "t.json: tour “x”: step 2, field “event”: unknown event "y"".
 */
export function formatTourError({ file, id, field, message }: DataError): string {
  const tour = /^#\d+$/.test(id) ? `tour ${id.slice(1)}` : `tour “${cut(id)}”`;
  const step = /^steps\[(\d+)\]\.?(.*)$/.exec(field);
  const where = step
    ? [`step ${Number(step[1]) + 1}`, ...(step[2] ? [fieldWords(step[2])] : [])]
    : field === '(record)'
      ? []
      : [fieldWords(field)];
  return [file, [tour, where.join(', ')].filter(Boolean).join(': '), message].join(': ');
}
