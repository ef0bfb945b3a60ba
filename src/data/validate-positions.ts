/**
 * The compare matrix's cross-checks (data/positions.json), run by `npm run validate`: every
 * problem is listed at once, each naming the file, the cell (`faction:question`) or question, and
 * the field. The schema alone (PositionsFileSchema) cannot see whether the matrix is complete,
 * whether its columns are in timeline order, or whether a quotation stands behind a stance.
 */
import type * as z from 'zod/mini';
import { parseDate } from '../dates';
import type { DataError } from './data-error';
import {
  cellKey,
  findCellPassage,
  PositionsFileSchema,
  SILENT_STANCE,
  type Cell,
  type Positions,
} from './positions';
import type { Faction, HistoricalEvent, Person } from './schemas';
import { issuePath } from './validate-dataset';

export const POSITIONS_FILE = 'data/positions.json';

/** What the matrix is checked against: the dataset as validateDataset returns it. */
export interface PositionsReferences {
  events: readonly HistoricalEvent[];
  factions: readonly Faction[];
  people: readonly Person[];
}

/** The build's check of a quotation against the parsed source text (as events' passages are checked). */
export interface PositionsChecks {
  inSource: (quote: string) => boolean;
}

export interface PositionsResult {
  /** The file as parsed, when it has the matrix's shape at all (its cross-checks may still fail). */
  positions: Positions | undefined;
  errors: DataError[];
}

type Problem = Omit<DataError, 'file'>;

const shorten = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

/** The value at a schema issue's path in the raw file (zod/mini's issues do not carry it). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * A schema issue in words: zod/mini ships without its messages (they would weigh on the bundle),
 * so an issue without a message of our own is described from its code and the raw file.
 */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, issue.path) === undefined
        ? `is missing (${withArticle(issue.expected)} is needed)`
        : `must be ${withArticle(issue.expected)}`;
    case 'too_small':
      return Number(issue.minimum) <= 1 ? 'must not be empty' : `must have at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `has fields the matrix does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

/** The record a schema issue is in: the cell's key or the question's id where they can be read. */
function issueRecord(raw: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if (typeof index !== 'number' || !raw || typeof raw !== 'object') return '(file)';
  const records = (raw as Record<string, unknown>)[String(list)];
  const record: unknown = Array.isArray(records) ? records[index] : undefined;
  if (!record || typeof record !== 'object') return '(file)';
  const { id, faction, question } = record as Record<string, unknown>;
  if (list === 'cells' && typeof faction === 'string' && typeof question === 'string') {
    return cellKey({ faction, question });
  }
  if (list === 'questions' && typeof id === 'string') return id;
  return `${String(list)}[${index}]`;
}

/** Question ids are unique; the columns are known factions, each once, in timeline order. */
function axisProblems(positions: Positions, factionsById: ReadonlyMap<string, Faction>): Problem[] {
  const problems: Problem[] = [];
  const seenQuestions = new Set<string>();
  positions.questions.forEach((q, i) => {
    if (seenQuestions.has(q.id))
      problems.push({ id: q.id, field: `questions[${i}].id`, message: 'is not unique' });
    seenQuestions.add(q.id);
  });
  const seenFactions = new Set<string>();
  let previous: { id: string; start: number } | undefined;
  positions.factions.forEach((id, i) => {
    const field = `factions[${i}]`;
    const faction = factionsById.get(id);
    if (!faction) {
      problems.push({ id: '(file)', field, message: `unknown faction "${id}"` });
      return;
    }
    if (seenFactions.has(id)) {
      problems.push({ id: '(file)', field, message: `lists faction "${id}" twice` });
      return;
    }
    seenFactions.add(id);
    const start = parseDate(faction.start)?.min ?? 0;
    if (previous && start < previous.start) {
      problems.push({
        id: '(file)',
        field,
        message: `"${id}" (from ${faction.start}) comes after "${previous.id}" (from ${factionsById.get(previous.id)?.start ?? ''}): columns go in timeline order, by the faction's start`,
      });
    }
    previous = { id, start };
  });
  return problems;
}

/** One cell per column × row, none twice, none outside the matrix. */
function coverageProblems(positions: Positions, factionsById: ReadonlyMap<string, Faction>): Problem[] {
  const problems: Problem[] = [];
  const questionIds = new Set(positions.questions.map((q) => q.id));
  const columns = new Set(positions.factions);
  const seen = new Map<string, number>();
  positions.cells.forEach((cell, i) => {
    const id = cellKey(cell);
    if (!factionsById.has(cell.faction)) {
      problems.push({ id, field: 'faction', message: `unknown faction "${cell.faction}"` });
    } else if (!columns.has(cell.faction)) {
      problems.push({
        id,
        field: 'faction',
        message: `"${cell.faction}" is not one of the matrix's factions`,
      });
    }
    if (!questionIds.has(cell.question)) {
      problems.push({ id, field: 'question', message: `unknown question "${cell.question}"` });
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ id, field: '(cell)', message: `repeats cell ${earlier + 1} (cells[${earlier}])` });
    } else seen.set(id, i);
  });
  for (const faction of columns) {
    if (!factionsById.has(faction)) continue;
    for (const question of questionIds) {
      const id = cellKey({ faction, question });
      if (!seen.has(id)) {
        problems.push({
          id,
          field: '(cell)',
          message:
            'is missing: every faction × question needs a cell (without a stance where the text is silent)',
        });
      }
    }
  }
  return problems;
}

interface CellContext {
  eventsById: ReadonlyMap<string, HistoricalEvent>;
  /** Each person's factions, to tell whether a passage quotes a member of the cell's faction. */
  factionsOf: ReadonlyMap<string, readonly string[]>;
  checks: PositionsChecks | undefined;
}

/**
 * A cell's event must show its faction: an event of the faction (its `factions` name it), or one
 * whose passages the cell quotes give a member's words (a speaker whose factions name it). A
 * cell links its events as "this faction in action"; an event about others in which no member
 * speaks would send the reader to something that does not show the faction's stand.
 */
function eventShowsFaction(cell: Cell, event: HistoricalEvent, context: CellContext): boolean {
  if (event.factions.includes(cell.faction)) return true;
  return cell.passages.some((p) => {
    if (p.event !== event.id) return false;
    const speaker = findCellPassage(event, p.quote)?.passage.speaker;
    return speaker !== undefined && (context.factionsOf.get(speaker) ?? []).includes(cell.faction);
  });
}

/** A stance with the passages behind it, each words of one of the cell's own events, each once. */
function cellProblems(cell: Cell, context: CellContext): Problem[] {
  const id = cellKey(cell);
  const problems: Problem[] = [];
  const at = (field: string, message: string) => problems.push({ id, field, message });
  if (cell.stance === SILENT_STANCE) {
    at('stance', `is what the matrix shows where a cell has no stance: leave the stance out`);
  } else if (cell.stance !== undefined && cell.passages.length === 0) {
    at('stance', 'has no passage behind it: quote the text, or leave the stance out where it is silent');
  }
  if (cell.stance === undefined && cell.passages.length > 0) {
    at('passages', 'stand behind no stance: state the stance in our words, or leave the passages out');
  }
  const linked = new Set<string>();
  cell.events.forEach((eventId, i) => {
    const event = context.eventsById.get(eventId);
    if (!event) at(`events[${i}]`, `unknown event "${eventId}"`);
    else if (linked.has(eventId)) at(`events[${i}]`, `lists event "${eventId}" twice`);
    else if (!eventShowsFaction(cell, event, context)) {
      at(`events[${i}]`, `"${eventId}" is not an event of "${cell.faction}" and quotes none of its members`);
    }
    linked.add(eventId);
  });
  const used = new Map<string, number>();
  cell.passages.forEach((passage, i) => {
    if (context.checks && !context.checks.inSource(passage.quote)) {
      at(`passages[${i}].quote`, `does not occur in the source text: "${shorten(passage.quote)}"`);
    }
    if (!linked.has(passage.event)) {
      at(`passages[${i}].event`, `"${passage.event}" is not one of the cell's events`);
      return;
    }
    const event = context.eventsById.get(passage.event);
    if (!event) return; // reported as an unknown event of the cell
    const found = findCellPassage(event, passage.quote);
    if (!found) {
      at(
        `passages[${i}].quote`,
        `is not among the passages of "${passage.event}": "${shorten(passage.quote)}"`,
      );
      return;
    }
    const key = `${passage.event}#${found.index}`;
    const earlier = used.get(key);
    if (earlier !== undefined) {
      at(
        `passages[${i}]`,
        `quotes passage ${found.index + 1} of "${passage.event}" again (as passages[${earlier}] does)`,
      );
    } else used.set(key, i);
  });
  return problems;
}

/**
 * Validates data/positions.json against the dataset. Never throws on bad data: a file without the
 * matrix's shape is reported field by field, and nothing further is checked.
 */
export function validatePositions(
  raw: unknown,
  references: PositionsReferences,
  checks?: PositionsChecks,
  file = POSITIONS_FILE,
): PositionsResult {
  const parsed = PositionsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      file,
      id: issueRecord(raw, issue.path),
      field: issuePath(issue.path, '(root)'),
      message: describeIssue(issue, raw),
    }));
    return { positions: undefined, errors };
  }
  const positions = parsed.data;
  const factionsById = new Map(references.factions.map((f) => [f.id, f]));
  const context: CellContext = {
    eventsById: new Map(references.events.map((e) => [e.id, e])),
    factionsOf: new Map(references.people.map((p) => [p.id, p.factions])),
    checks,
  };
  const problems = [
    ...axisProblems(positions, factionsById),
    ...coverageProblems(positions, factionsById),
    ...positions.cells.flatMap((cell) => cellProblems(cell, context)),
  ];
  return { positions, errors: problems.map((p) => ({ file, ...p })) };
}
