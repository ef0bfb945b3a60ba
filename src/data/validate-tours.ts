import type { core } from 'zod/mini';
import type { DataError } from './data-error';
import { parseDate } from '../dates';
import { listSome, shown } from '../state/link-notice';
import type { HistoricalEvent } from './schemas';
import type { Positions } from './positions';
import { foldWhitespace } from './source/normalise';
import { TourFileSchema, type Tour, type TourFileStep, type TourStep } from './tour-schema';

export const TOURS_FILE = 'data/tours.json';

const path = (p: readonly PropertyKey[]) =>
  p
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '') || '(record)';

/** What a field must hold, in a teacher's words. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object with named fields ({ … })',
};

const valueAt = (record: unknown, p: readonly PropertyKey[]): unknown =>
  p.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    record,
  );

const typeName = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`;

/**
 * A schema problem as a sentence a teacher can act on. zod's own message for most of them is
 * "Invalid input"; the schema's custom messages (kebab-case ids, YYYY-MM-DD dates, passages
 * counted from 1, a tour's first step) are kept.
 */
function plainIssue(issue: core.$ZodIssue, record: unknown): string {
  if (issue.message !== 'Invalid input' && !issue.message.startsWith('Invalid input:')) return issue.message;
  const value = valueAt(record, issue.path);
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'is not a tour: a tour is an object with an id, a title and steps';
      if (value === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(value)}`;
    case 'invalid_union':
      return field === 'passage'
        ? `must be a passage number (counted from 1) or the opening words of its quote, not ${typeName(value)}`
        : `is not in any form it may take (${typeName(value)})`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} a tour file does not have: ${listSome(
        issue.keys.map((k) => shown(k, ['“', '”'])),
      )}`;
    default:
      return `is not valid (${issue.code.replace(/_/g, ' ')})`;
  }
}

/** Why a step's window date is not a day that exists ("1921-13-45", "1921-02-30"), or null. */
const notADay = (iso: string): string | null =>
  parseDate(iso)?.precision === 'day' ? null : `${iso} is not a date that exists`;

export interface TourRules {
  /**
   * Every step names its passage by the opening words of its quote, never by position: what
   * data/tours.json is held to, so that a change to an event's passages cannot silently put
   * another quotation on a slide.
   */
  passageByWords?: boolean;
  /**
   * The compare matrix, where it is known (`npm run validate`): a step's cell must be one of its
   * factions × questions. Without it (a teacher's file, read before the matrix is loaded) only the
   * cell's form is checked, and a slide shows no box for a cell the matrix lacks.
   */
  positions?: Pick<Positions, 'factions' | 'questions'> | undefined;
}

/** Why a step's `cell` is not one of the matrix's factions × questions, or null. */
function unknownCell(cell: string, positions: Pick<Positions, 'factions' | 'questions'>): string | null {
  const [faction = '', question = ''] = cell.split(':');
  const missing = [
    ...(positions.factions.includes(faction) ? [] : [`no faction "${faction}"`]),
    ...(positions.questions.some((q) => q.id === question) ? [] : [`no question "${question}"`]),
  ];
  return missing.length === 0
    ? null
    : `unknown compare cell "${shorten(cell)}": the matrix has ${missing.join(' and ')}`;
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The 1-based passage a step's words name, or why they name none. */
function passageByWords(event: HistoricalEvent, words: string): number | string {
  const opening = foldWhitespace(words);
  const matches = event.passages.flatMap((p, i) =>
    foldWhitespace(p.quote).startsWith(opening) ? [i + 1] : [],
  );
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length === 0) return `no passage of "${event.id}" begins "${shorten(words)}"`;
  return `passages ${matches.join(' and ')} of "${event.id}" both begin "${shorten(words)}": give more words`;
}

/** The step with its passage as a position, or why it cannot be. */
function resolveStep(step: TourFileStep, event: HistoricalEvent, rules: TourRules): TourStep | string {
  const { passage, ...rest } = step;
  if (typeof passage === 'string') {
    const found = passageByWords(event, passage);
    return typeof found === 'string' ? found : { ...rest, passage: found };
  }
  if (rules.passageByWords) {
    return `must name the passage by the opening words of its quote, not ${passage === undefined ? 'leave it out' : `by its position (${passage})`}`;
  }
  if (passage !== undefined && passage > event.passages.length) {
    return `${passage} is more than the ${event.passages.length} passages of "${event.id}"`;
  }
  // An absent passage stays absent (the first), as the file has it.
  return passage === undefined ? rest : { ...rest, passage };
}

/**
 * Checks tours against their schema and against the events they name: every step's event
 * must exist, its passage must be one the event has, its window must run forwards, and its
 * cell (where the matrix is given) must be one the matrix has. Steps that
 * name their passage by its opening words come back with its position.
 */
export function validateTours(
  raw: unknown,
  events: readonly HistoricalEvent[],
  file = TOURS_FILE,
  rules: TourRules = {},
): { tours: Tour[]; errors: DataError[] } {
  const errors: DataError[] = [];
  if (!Array.isArray(raw))
    return {
      tours: [],
      errors: [{ file, id: '(file)', field: '(root)', message: 'must be a JSON array of tours' }],
    };
  const byId = new Map(events.map((e) => [e.id, e]));
  const tours: Tour[] = [];
  const seen = new Set<string>();
  raw.forEach((record: unknown, index) => {
    const parsed = TourFileSchema.safeParse(record);
    const id =
      record && typeof record === 'object' && 'id' in record && typeof record.id === 'string'
        ? record.id
        : `#${index + 1}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file, id, field: path(issue.path), message: plainIssue(issue, record) });
      return;
    }
    const tour = parsed.data;
    const before = errors.length;
    if (seen.has(tour.id)) errors.push({ file, id, field: 'id', message: 'is not unique' });
    seen.add(tour.id);
    const steps: TourStep[] = [];
    tour.steps.forEach((step, i) => {
      const event = byId.get(step.event);
      if (!event) {
        errors.push({ file, id, field: `steps[${i}].event`, message: `unknown event "${step.event}"` });
        return;
      }
      const resolved = resolveStep(step, event, rules);
      if (typeof resolved === 'string') {
        errors.push({ file, id, field: `steps[${i}].passage`, message: resolved });
      } else {
        steps.push(resolved);
      }
      const badDays = step.window
        ? (['from', 'to'] as const).flatMap((end) => {
            const why = notADay(step.window?.[end] ?? '');
            return why === null ? [] : [{ file, id, field: `steps[${i}].window.${end}`, message: why }];
          })
        : [];
      errors.push(...badDays);
      const cellProblem = step.cell && rules.positions ? unknownCell(step.cell, rules.positions) : null;
      if (cellProblem !== null) errors.push({ file, id, field: `steps[${i}].cell`, message: cellProblem });
      if (
        step.window &&
        badDays.length === 0 &&
        !(Date.parse(step.window.from) < Date.parse(step.window.to))
      ) {
        errors.push({
          file,
          id,
          field: `steps[${i}].window`,
          message: `${step.window.from} is not before ${step.window.to}`,
        });
      }
    });
    if (errors.length === before) tours.push({ ...tour, steps });
  });
  return { tours, errors };
}
