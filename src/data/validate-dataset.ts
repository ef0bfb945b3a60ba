import type * as z from 'zod/mini';

import { parseDate } from '../dates';
import { contrastOf, GRAPHIC_CONTRAST_MIN, TEXT_CONTRAST_MIN } from '../lib/contrast';
import { PAGE_COLOURS, TEXT_ON_FACTION, type Theme } from '../lib/page-colours';
import type { DataError } from './data-error';
import { factionLifetimeProblems } from './faction-lifetime';
import { passageProblems, uncitedWorks } from './passage-rules';
import {
  EventListingSchema,
  EventSchema,
  FactionSchema,
  PersonSchema,
  TIMELINE_NAME_MAX_LENGTH,
  timelineName,
  type EventListing,
  type Faction,
  type HistoricalEvent,
  type Person,
} from './schemas';
import { SERVED_EVENT_FILES } from './split-events';
import { runSteps, type Steps } from '../lib/steps';
import { voiceOf } from './voice';
import { WorkSchema } from './works';

/** The years the product covers; an event outside them is a data error, not a zoom problem. */
export const FIRST_YEAR = 1907;
export const LAST_YEAR = 1937;

/**
 * The largest share of the events that may be landmarks. A landmark keeps its name at every zoom
 * and takes its room before any other event does: past a fifth, the landmarks alone would fill
 * the widest view and the rest would never be named.
 */
export const MAX_LANDMARK_SHARE = 0.2;

export interface RawDataset {
  events: unknown;
  factions: unknown;
  people: unknown;
  /** data/works.json: checked, and the passages' workIds against it, where it is given. */
  works?: unknown;
}

/** The dataset with each event whole, or (a listing) with what the timeline draws of each. */
export interface Dataset<E extends EventListing = HistoricalEvent> {
  /** Sorted by start date, then end date, then title. */
  events: E[];
  factions: Faction[];
  people: Person[];
}
export type Listing = Dataset<EventListing>;

export interface DatasetResult<E extends EventListing = HistoricalEvent> {
  dataset: Dataset<E>;
  errors: DataError[];
}

/**
 * Checks that only the build runs: quotations against the source text (which the browser loads
 * only on demand) and dates against the full EDTF grammar (kept out of the browser bundle).
 */
export interface BuildChecks {
  /** The numbers of the sections (0 the introduction) the quote stands in; none when it is not in the text. */
  quoteSections: (quote: string) => readonly number[];
  isEdtfDate: (value: string) => boolean;
}

export const DATA_FILES = {
  events: 'data/events.json',
  factions: 'data/factions.json',
  people: 'data/people.json',
  works: 'data/works.json',
} as const;

function recordLabel(record: unknown, index: number): string {
  if (record && typeof record === 'object' && 'id' in record && typeof record.id === 'string') {
    return record.id;
  }
  return `#${index + 1}`;
}

/** A schema issue's path as a field name: `passages[2].quote`; `whole` where the path is empty. */
export function issuePath(path: readonly PropertyKey[], whole = '(record)'): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || whole
  );
}

/**
 * Validates each record on its own, so one bad record is reported and dropped
 * while the rest still load. A step per record (lib/steps.ts).
 */
function* parseRecordSteps<T>(
  file: string,
  input: unknown,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
): Steps<T[]> {
  if (!Array.isArray(input)) {
    errors.push({ file, id: '(file)', field: '(root)', message: 'must be a JSON array of records' });
    return [];
  }
  const valid: T[] = [];
  const seen = new Set<string>();
  for (const [index, record] of (input as unknown[]).entries()) {
    if (index > 0) yield;
    const id = recordLabel(record, index);
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file, id, field: issuePath(issue.path), message: issue.message });
      }
      continue;
    }
    if (seen.has(id)) {
      errors.push({ file, id, field: 'id', message: 'is not unique' });
      continue;
    }
    seen.add(id);
    valid.push(result.data);
  }
  return valid;
}

/** parseRecordSteps, run at once. */
export function parseRecords<T>(
  file: string,
  input: unknown,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
): T[] {
  return runSteps(parseRecordSteps(file, input, schema, errors));
}

/**
 * Titles only break ties between events of the same dates: compared as written (by code point),
 * without the reader's collation (compareText), which takes longer to set up than the sort.
 */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted by start, then end, then title; keys are computed once per event, not per comparison. */
function sortEvents<E extends EventListing>(events: E[]): E[] {
  const keyed = events.map((event) => ({
    event,
    start: parseDate(event.start)?.min ?? 0,
    end: parseDate(event.end ?? event.start)?.max ?? 0,
  }));
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || byCodePoint(a.event.title, b.event.title));
  return keyed.map((k) => k.event);
}

/** A problem in one record, before the file and the record's id are put to it. */
type Problem = Omit<DataError, 'file' | 'id'>;

const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/** Problems that no single-record schema can see: dates in order and in range, ids that resolve. */
function eventProblems(
  event: EventListing,
  factionIds: Set<string>,
  personIds: Set<string>,
  checks: BuildChecks | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const start = parseDate(event.start);
  const end = event.end === undefined ? undefined : parseDate(event.end);
  for (const field of ['start', 'end'] as const) {
    const value = event[field];
    if (checks && value !== undefined && !checks.isEdtfDate(value)) {
      problems.push({ field, message: `${value} is rejected by the EDTF grammar` });
    }
  }
  if (start && !inRange(start.year)) {
    problems.push({ field: 'start', message: `${event.start} is outside ${FIRST_YEAR}–${LAST_YEAR}` });
  }
  if (end && !inRange(end.year)) {
    problems.push({ field: 'end', message: `${event.end ?? ''} is outside ${FIRST_YEAR}–${LAST_YEAR}` });
  }
  if (start && end && end.max < start.min) {
    problems.push({ field: 'end', message: `${event.end ?? ''} is before start ${event.start}` });
  }
  event.factions.forEach((faction, i) => {
    if (!factionIds.has(faction))
      problems.push({ field: `factions[${i}]`, message: `unknown faction "${faction}"` });
  });
  event.people.forEach((person, i) => {
    if (!personIds.has(person))
      problems.push({ field: `people[${i}]`, message: `unknown person "${person}"` });
  });
  event.passages.forEach((passage, i) => {
    if (passage.speaker !== undefined && !personIds.has(passage.speaker)) {
      problems.push({ field: `passages[${i}].speaker`, message: `unknown person "${passage.speaker}"` });
    }
  });
  return problems;
}

/** The build's check of every quotation against the source text. */
function quoteProblems(event: HistoricalEvent, checks: BuildChecks): Problem[] {
  return event.passages.flatMap((passage, i) =>
    checks.quoteSections(passage.quote).length > 0
      ? []
      : [
          {
            field: `passages[${i}].quote`,
            message: `does not occur in the source text: "${passage.quote.slice(0, 60)}${passage.quote.length > 60 ? '…' : ''}"`,
          },
        ],
  );
}

/** The name the timeline draws (the short title, or else the title) fits beside the event's dot. */
function nameProblems(event: EventListing): Problem[] {
  const { title, shortTitle } = event;
  const problems: Problem[] = [];
  const drawn = timelineName(event).length;
  if (drawn > TIMELINE_NAME_MAX_LENGTH) {
    const why =
      shortTitle === undefined ? `is needed: the title has ${drawn} characters` : `has ${drawn} characters`;
    problems.push({
      field: 'shortTitle',
      message: `${why} and the timeline draws at most ${TIMELINE_NAME_MAX_LENGTH}`,
    });
  }
  if (shortTitle !== undefined && shortTitle.length >= title.length) {
    problems.push({
      field: 'shortTitle',
      message: `must be shorter than the title (${shortTitle.length} characters against ${title.length})`,
    });
  }
  return problems;
}

/** Landmarks stay few enough to leave the other events room for their names. */
function landmarkShareProblems(events: readonly EventListing[]): DataError[] {
  const landmarks = events.filter((event) => event.landmark === true).length;
  const allowed = Math.floor(events.length * MAX_LANDMARK_SHARE);
  if (landmarks <= allowed) return [];
  return [
    {
      file: DATA_FILES.events,
      id: '(file)',
      field: 'landmark',
      message: `${landmarks} of ${events.length} events are landmarks; at most ${allowed} (${MAX_LANDMARK_SHARE * 100}%) may be`,
    },
  ];
}

/** What a faction's colour in one theme must stand out from, and how far. */
interface ContrastRule {
  theme: Theme;
  against: string;
  min: number;
  what: string;
}

/**
 * Bars and pressed chips write the faction's name on its colour (text contrast); dots, bars and
 * chip borders sit on the page and on panels (graphic contrast).
 */
const FACTION_CONTRAST_RULES: readonly ContrastRule[] = [
  { theme: 'light', against: TEXT_ON_FACTION.light, min: TEXT_CONTRAST_MIN, what: 'the text on it' },
  { theme: 'light', against: PAGE_COLOURS.light.bg, min: GRAPHIC_CONTRAST_MIN, what: 'the page' },
  { theme: 'light', against: PAGE_COLOURS.light.surface, min: GRAPHIC_CONTRAST_MIN, what: 'panels' },
  { theme: 'dark', against: TEXT_ON_FACTION.dark, min: TEXT_CONTRAST_MIN, what: 'the text on it' },
  { theme: 'dark', against: PAGE_COLOURS.dark.bg, min: GRAPHIC_CONTRAST_MIN, what: 'the page' },
  { theme: 'dark', against: PAGE_COLOURS.dark.surface, min: GRAPHIC_CONTRAST_MIN, what: 'panels' },
];

const COLOUR_FIELD = { light: 'colour', dark: 'colourDark' } as const satisfies Record<Theme, keyof Faction>;

/** Ratios are shown cut, not rounded, so a colour just short of 4.5:1 never reads "4.50". */
const shownRatio = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

/** A faction's colours reach WCAG AA contrast in the theme each is drawn in. */
function colourProblems(faction: Faction): Problem[] {
  return FACTION_CONTRAST_RULES.flatMap(({ theme, against, min, what }) => {
    const field = COLOUR_FIELD[theme];
    const ratio = contrastOf(faction[field], against) ?? 0;
    if (ratio >= min) return [];
    const message = `${faction[field]} has ${shownRatio(ratio)}:1 against ${what} (${against}) in the ${theme} theme; needs ${min}:1`;
    return [{ field, message }];
  });
}

/**
 * Rules for what the timeline draws, checked on the whole dataset (npm run validate) but not on
 * the page: a breach crowds or fades the timeline without breaking it, so the record is kept.
 */
function drawingProblems(dataset: Dataset): DataError[] {
  const inFile = (file: string, id: string) => (p: Problem) => ({ file, id, ...p });
  return [
    ...dataset.factions.flatMap((f) => colourProblems(f).map(inFile(DATA_FILES.factions, f.id))),
    ...dataset.events.flatMap((e) => nameProblems(e).map(inFile(DATA_FILES.events, e.id))),
    ...landmarkShareProblems(dataset.events),
  ];
}

/**
 * Rules for what a class is told of each event, checked on the whole dataset (npm run validate)
 * and reported, the record kept: each passage's source stated in full (its voice, its work, the
 * FAQ's section), no quotation twice, factions only within their lifetime. The works no passage
 * cites are reported too.
 */
function sourceProblems(dataset: Dataset, rawWorks: unknown, checks: BuildChecks | undefined): DataError[] {
  const errors: DataError[] = [];
  const works =
    rawWorks === undefined ? undefined : parseRecords(DATA_FILES.works, rawWorks, WorkSchema, errors);
  const workIds = works && new Set(works.map((w) => w.id));
  const context = {
    peopleById: new Map(dataset.people.map((p) => [p.id, p])),
    ...(workIds && { workIds }),
    ...(checks && { quoteSections: checks.quoteSections }),
  };
  const factionsById = new Map(dataset.factions.map((f) => [f.id, f]));
  for (const event of dataset.events) {
    for (const p of [...passageProblems(event, context), ...factionLifetimeProblems(event, factionsById)]) {
      errors.push({ file: DATA_FILES.events, id: event.id, ...p });
    }
  }
  if (workIds) {
    for (const id of uncitedWorks(workIds, dataset.events)) {
      errors.push({ file: DATA_FILES.works, id, field: '(record)', message: 'is cited by no passage' });
    }
  }
  return errors;
}

/**
 * Each passage with its voice resolved (voice.ts), so what reads the events (views, filters,
 * exports) finds it on the passage, as in the files the app is served (split-events.ts).
 */
function withVoices(events: HistoricalEvent[], people: readonly Person[]): HistoricalEvent[] {
  const peopleById = new Map(people.map((p) => [p.id, p]));
  return events.map((event) => ({
    ...event,
    passages: event.passages.map((passage) => {
      const voice = voiceOf(passage, peopleById);
      return voice === null ? passage : { ...passage, voice };
    }),
  }));
}

/** Factions and people, each checked, people only with factions that exist. */
function* referenceSteps(raw: RawDataset, errors: DataError[]): Steps<Omit<Listing, 'events'>> {
  const factions = yield* parseRecordSteps(DATA_FILES.factions, raw.factions, FactionSchema, errors);
  const factionIds = new Set(factions.map((f) => f.id));
  const parsedPeople = yield* parseRecordSteps(DATA_FILES.people, raw.people, PersonSchema, errors);
  const people = parsedPeople.filter((person) => {
    const unknown = person.factions.filter((f) => !factionIds.has(f));
    unknown.forEach((f) =>
      errors.push({
        file: DATA_FILES.people,
        id: person.id,
        field: 'factions',
        message: `unknown faction "${f}"`,
      }),
    );
    return unknown.length === 0;
  });
  return { factions, people };
}

/** Events under `schema`, each kept only when its dates and ids hold up; sorted. */
function* eventSteps<E extends EventListing>(
  file: string,
  input: unknown,
  schema: z.ZodMiniType<E>,
  references: Omit<Listing, 'events'>,
  errors: DataError[],
  checks?: BuildChecks,
  extraProblems: (event: E) => Problem[] = () => [],
): Steps<E[]> {
  const factionIds = new Set(references.factions.map((f) => f.id));
  const personIds = new Set(references.people.map((p) => p.id));
  const parsed = yield* parseRecordSteps(file, input, schema, errors);
  yield;
  const events = parsed.filter((event) => {
    const problems = [...eventProblems(event, factionIds, personIds, checks), ...extraProblems(event)];
    problems.forEach((p) => errors.push({ file, id: event.id, ...p }));
    return problems.length === 0;
  });
  yield;
  return sortEvents(events);
}

/**
 * Checks what the browser loads first: data/timeline.json (as `raw.events`) with the factions
 * and people. The events' text follows (see join-details.ts). Never throws on bad data. A step
 * per record: the page runs it in slices (load-dataset.ts).
 */
export function* listingCheckSteps(raw: RawDataset): Steps<DatasetResult<EventListing>> {
  const errors: DataError[] = [];
  const references = yield* referenceSteps(raw, errors);
  const events = yield* eventSteps(
    SERVED_EVENT_FILES.listing,
    raw.events,
    EventListingSchema,
    references,
    errors,
  );
  return { dataset: { events, ...references }, errors };
}

/** listingCheckSteps, run at once. */
export function validateListing(raw: RawDataset): DatasetResult<EventListing> {
  return runSteps(listingCheckSteps(raw));
}

/**
 * Validates the whole dataset and returns what is valid together with every error found,
 * each naming file, record id and field. Never throws on bad data.
 */
export function validateDataset(raw: RawDataset, checks?: BuildChecks): DatasetResult {
  const errors: DataError[] = [];
  const references = runSteps(referenceSteps(raw, errors));
  const events = runSteps(
    eventSteps(DATA_FILES.events, raw.events, EventSchema, references, errors, checks, (event) =>
      checks ? quoteProblems(event, checks) : [],
    ),
  );
  const checked = { events, ...references };
  errors.push(...drawingProblems(checked), ...sourceProblems(checked, raw.works, checks));
  return { dataset: { ...checked, events: withVoices(events, references.people) }, errors };
}
