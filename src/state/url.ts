import { parseDate } from '../dates';
import { TIMELINE_MAX, TIMELINE_MIN } from '../dates/limits';
import { EVENT_KINDS, ID_PATTERN as ID, VOICES, VoiceSchema, type Voice } from '../data/schemas';
import { NO_FILTERS, type Filters, type TimeWindow } from './slices';
import { NO_HASH, toHash, sameHash, type UrlHash } from './url-hash';
import { cellKey } from '../data/positions';
import { isView, type View } from './view';
import { EMBED_PARAM, readEmbedParam } from './embed-param';
import {
  isActivityKind,
  MAX_ACTIVITY_EVENTS,
  MAX_SEED,
  sameActivity,
  type ActivityLink,
} from './activity-link';
import { isTrackingParameter, listSome, shown } from './link-notice';
import {
  focusParam,
  parseCellRef,
  parseFocus,
  sameCell,
  sameFocus,
  type CellRef,
  type CompareFocus,
} from './compare-link';

/**
 * Everything the URL can carry. This module is the only place that reads or writes the
 * query string, so the URL contract of PRODUCT.md lives here and nowhere else.
 */
export interface UrlState {
  view: View;
  event: string | null;
  /** 1-based paragraph number, meaningful with view=source. */
  passage: number | null;
  timeWindow: TimeWindow | null;
  filters: Filters;
  /** With view=present: the tour and its 1-based step. */
  tour: string | null;
  step: number | null;
  /** With view=activity: the activity, its events and its seed. */
  activity: ActivityLink | null;
  /**
   * `embed=1`: the app inside a course page's iframe, with compact chrome. Set by the link alone
   * and never changed inside the app, so every navigation within the frame keeps it.
   */
  embed: boolean;
  /** With view=compare: the open cell, and what is read side by side (a question or a faction). */
  cell: CellRef | null;
  focus: CompareFocus | null;
  /** What the hash carries: kept out of the query string, so it never reaches a server. */
  hash: UrlHash;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'timeline',
  event: null,
  passage: null,
  timeWindow: null,
  filters: NO_FILTERS,
  tour: null,
  step: null,
  activity: null,
  embed: false,
  cell: null,
  focus: null,
  hash: NO_HASH,
};

export { parseHash, toHash, NO_HASH, type UrlHash } from './url-hash';

/** The query's keys: the hostile-input suite (e2e/hostile.spec.ts) feeds each of them, new ones too. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'view',
  'event',
  'passage',
  'from',
  'to',
  'factions',
  'kinds',
  'people',
  'q',
  'voice',
  'tour',
  'step',
  'activity',
  'events',
  'seed',
  EMBED_PARAM,
  'cell',
  'focus',
]);

export interface ParsedUrl {
  state: UrlState;
  /** One sentence per value that was dropped or changed, for a visible notice (link-notice.ts). */
  problems: string[];
}

/** The longest search a link carries; a longer one is cut, and the reader told. */
export const MAX_QUERY = 200;
const YEAR = (ms: number) => new Date(ms).getUTCFullYear();

function parseWindow(params: URLSearchParams, problems: string[]): TimeWindow | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return null;
  const start = from === null ? null : parseDate(from);
  const end = to === null ? null : parseDate(to);
  // Dropped, the window is whatever the rest of the link gives: every year, or the filter's events
  // framed. The notice says it was left out, not which window is shown instead.
  if (!start || !end || end.max <= start.min) {
    problems.push(
      `The time window ${shown(from ?? '')} to ${shown(to ?? '')} is not a valid pair of dates; it was left out.`,
    );
    return null;
  }
  const window = { from: Math.max(start.min, TIMELINE_MIN), to: Math.min(end.max + 1, TIMELINE_MAX) };
  if (window.to <= window.from) {
    problems.push(
      `The time window ${shown(from ?? '')} to ${shown(to ?? '')} is outside the timeline's years (${YEAR(TIMELINE_MIN)}–${YEAR(TIMELINE_MAX - 1)}); it was left out.`,
    );
    return null;
  }
  if (window.from !== start.min || window.to !== end.max + 1)
    problems.push(
      `The time window ${shown(from ?? '')} to ${shown(to ?? '')} runs beyond the timeline's years (${YEAR(TIMELINE_MIN)}–${YEAR(TIMELINE_MAX - 1)}); it was cut to fit.`,
    );
  return window;
}

const KINDS: readonly string[] = EVENT_KINDS;

/** `activity`, `events` and `seed` together, or nothing: an activity without events has no questions. */
function parseActivity(params: URLSearchParams, problems: string[]): ActivityLink | null {
  const kind = params.get('activity');
  if (kind === null) return null;
  if (!isActivityKind(kind)) {
    problems.push(`There is no ${shown(kind)} activity.`);
    return null;
  }
  const listed = parseList(params, 'events', problems);
  const events = listed.slice(0, MAX_ACTIVITY_EVENTS);
  if (listed.length > events.length)
    problems.push(
      `The activity link names ${listed.length} events; an activity asks about the first ${MAX_ACTIVITY_EVENTS}.`,
    );
  if (events.length === 0) {
    problems.push('The activity link names no events to ask about.');
    return null;
  }
  const rawSeed = params.get('seed') ?? '0';
  const seed = /^\d{1,10}$/.test(rawSeed) ? Number(rawSeed) : NaN;
  if (!(seed <= MAX_SEED)) {
    problems.push(`Seed ${shown(rawSeed)} is not a whole number from 0 to ${MAX_SEED}; seed 0 is used.`);
    return { kind, events, seed: 0 };
  }
  return { kind, events, seed };
}

/** A comma list of ids; malformed ones (and, for kinds, unknown ones) are dropped here. */
function parseList(
  params: URLSearchParams,
  key: string,
  problems: string[],
  known?: readonly string[],
): string[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  const values = [...new Set(raw.split(',').map((v) => v.trim()))].filter((v) => v !== '');
  const kept = values.filter((value) => ID.test(value) && (!known || known.includes(value)));
  const dropped = values.filter((value) => !kept.includes(value));
  if (dropped.length > 0)
    problems.push(
      `${listSome(dropped.map((v) => shown(v)))} in ${key} ${dropped.length === 1 ? 'is not one' : 'are not ones'} this timeline knows; ${dropped.length === 1 ? 'it was' : 'they were'} dropped.`,
    );
  return kept;
}

/** `voice=participant`: only events the source quotes in that voice. */
function parseVoice(params: URLSearchParams, problems: string[]): Voice | null {
  const raw = params.get('voice');
  if (raw === null || raw === '') return null;
  const voice = VoiceSchema.safeParse(raw);
  if (voice.success) return voice.data;
  problems.push(
    `${shown(raw)} in voice is not one this timeline knows (${VOICES.join(', ')}); it was dropped.`,
  );
  return null;
}

/** `cell` and `focus`, read with view=compare only; whether the matrix has them is checked once it loads. */
function parseCompare(params: URLSearchParams, state: UrlState, problems: string[]): void {
  const cell = params.get('cell');
  if (cell !== null) {
    state.cell = parseCellRef(cell);
    if (!state.cell)
      problems.push(`"${cell}" is not a cell of the compare matrix (cell=<faction>:<question>).`);
  }
  const focus = params.get('focus');
  if (focus !== null) {
    state.focus = parseFocus(focus);
    if (!state.focus) {
      problems.push(`"${focus}" is not something to focus on (focus=question:<id> or focus=faction:<id>).`);
    }
  }
}

function parseFilters(params: URLSearchParams, problems: string[]): Filters {
  return {
    factions: parseList(params, 'factions', problems),
    kinds: parseList(params, 'kinds', problems, KINDS),
    people: parseList(params, 'people', problems),
    q: parseQuery(params, problems),
    voice: parseVoice(params, problems),
  };
}

/** `embed=1` turns embed mode on and `embed=0` (or an empty value) leaves it off; anything else is noticed. */
function parseEmbed(params: URLSearchParams, problems: string[]): boolean {
  const raw = params.get(EMBED_PARAM);
  const embed = readEmbedParam(raw);
  if (embed === null) problems.push(`Embed ${shown(raw ?? '')} is not 1 or 0; the full page is shown.`);
  return embed ?? false;
}

function parseQuery(params: URLSearchParams, problems: string[]): string {
  const q = params.get('q') ?? '';
  if (q.length <= MAX_QUERY) return q;
  problems.push(`The search ${shown(q)} was cut to its first ${MAX_QUERY} characters.`);
  return q.slice(0, MAX_QUERY);
}

/**
 * What a link says twice (`view=list&view=factions`: the first is read), or says where it means
 * nothing (a step without a tour, an activity's parts outside the activity view).
 */
function checkKeys(params: URLSearchParams, state: UrlState, problems: string[]): void {
  const seen = new Map<string, number>();
  const unknown: string[] = [];
  for (const key of params.keys()) {
    if (KNOWN_KEYS.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
    else if (!isTrackingParameter(key) && !unknown.includes(key)) unknown.push(key);
  }
  for (const [key, times] of seen)
    if (times > 1)
      problems.push(
        `The link gives ${key} ${times} times; the first, ${shown(params.get(key) ?? '')}, is used.`,
      );
  if (params.has('step') && state.tour === null && state.step !== null) {
    problems.push('The link gives a step but no tour; the step was dropped.');
    state.step = null;
  }
  const activityKeys = ['activity', 'events', 'seed'].filter((k) => params.has(k));
  if (state.view !== 'activity' && activityKeys.length > 0)
    problems.push(
      `${listSome(activityKeys)} ${activityKeys.length === 1 ? 'belongs' : 'belong'} to a class activity (view=activity); ignored here.`,
    );
  if (unknown.length > 0)
    problems.push(
      `The link ${unknown.length === 1 ? 'parameter' : 'parameters'} ${listSome(unknown.map((v) => shown(v)))} ${unknown.length === 1 ? 'is not one' : 'are not ones'} this app knows; ignored.`,
    );
}

/**
 * A number counted from 1 as the link writes it, digits only: "1e3", "0x10" or " 2" would be read
 * by Number() as another number than the one the link shows, and written back changed.
 */
const countingNumber = (raw: string): number | null => (/^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null);

export function parseSearch(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const view = params.get('view');
  if (view !== null) {
    if (isView(view)) state.view = view;
    else problems.push(`There is no ${shown(view)} view; showing the timeline.`);
  }

  const event = params.get('event');
  if (event !== null) {
    if (ID.test(event)) state.event = event;
    else problems.push(`${shown(event)} is not an event id.`);
  }

  const passage = params.get('passage');
  if (passage !== null) {
    const n = countingNumber(passage);
    if (n !== null) state.passage = n;
    else problems.push(`Passage ${shown(passage)} is not a paragraph number (they count from 1).`);
  }

  const tour = params.get('tour');
  if (tour !== null) {
    if (ID.test(tour)) state.tour = tour;
    else problems.push(`${shown(tour)} is not a tour id.`);
  }
  const step = params.get('step');
  if (step !== null) {
    const n = countingNumber(step);
    if (n !== null) state.step = n;
    else problems.push(`Step ${shown(step)} is not a step number (they count from 1).`);
  }

  if (state.view === 'activity') state.activity = parseActivity(params, problems);
  if (state.view === 'compare') parseCompare(params, state, problems);
  state.timeWindow = parseWindow(params, problems);
  state.filters = parseFilters(params, problems);
  state.embed = parseEmbed(params, problems);
  checkKeys(params, state, problems);
  return { state, problems };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The canonical query string for a state: defaults left out, keys in a fixed order. */
export function toSearch(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  if (state.view && state.view !== 'timeline') params.set('view', state.view);
  if (state.event) params.set('event', state.event);
  if (state.passage) params.set('passage', String(state.passage));
  if (state.tour) params.set('tour', state.tour);
  if (state.tour && state.step) params.set('step', String(state.step));
  if (state.view === 'activity' && state.activity) {
    params.set('activity', state.activity.kind);
    params.set('events', state.activity.events.join(','));
    params.set('seed', String(state.activity.seed));
  }
  if (state.view === 'compare' && state.cell) params.set('cell', cellKey(state.cell));
  if (state.view === 'compare' && state.focus) params.set('focus', focusParam(state.focus));
  const filters = state.filters ?? NO_FILTERS;
  if (filters.factions.length > 0) params.set('factions', filters.factions.join(','));
  if (filters.kinds.length > 0) params.set('kinds', filters.kinds.join(','));
  if (filters.people.length > 0) params.set('people', filters.people.join(','));
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.voice) params.set('voice', filters.voice);
  if (state.timeWindow) {
    params.set('from', isoDay(state.timeWindow.from));
    // The window's end is exclusive; the URL names the last day shown.
    params.set('to', isoDay(state.timeWindow.to - 1));
  }
  // Last, so a link reads as the state it shows, then how it is shown.
  if (state.embed) params.set(EMBED_PARAM, '1');
  // Commas may stand unescaped in a query (RFC 3986 sub-delimiters): lists of ids stay readable,
  // and an activity's forty event ids do not grow by two characters each.
  // So may the colon of `cell=<faction>:<question>`.
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/**
 * A link to a state of the app, relative to the page: `hrefFor({ event: 'tenth-party-congress' })`,
 * or with a hash, `hrefFor({ view: 'present', hash: { kind: 'edit', tourId } })`.
 */
export function hrefFor(state: Partial<UrlState>): string {
  return `${toSearch(state) || '?'}${toHash(state.hash ?? NO_HASH)}`;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Whether two states differ in what deserves a history entry: a view, a selection, a filter,
 * opening something the hash names (the editor). Pans, zooms, the letters of a search being typed
 * and leaving what the hash opened (Back would lead out of it as well) replace the current entry instead.
 */
/**
 * A paragraph of the source text with no event is the reader's place in it, like the timeline's
 * window: kept in the address as they leave for an event, so that Back returns to it, without
 * an entry of its own.
 */
const readingPlaceOnly = (a: UrlState, b: UrlState) =>
  a.view === 'source' && b.view === 'source' && a.event === null && b.event === null;

export function isMeaningfulChange(a: UrlState, b: UrlState): boolean {
  return (
    a.view !== b.view ||
    (b.hash.kind !== 'none' && !sameHash(a.hash, b.hash)) ||
    a.event !== b.event ||
    (a.passage !== b.passage && !readingPlaceOnly(a, b)) ||
    a.tour !== b.tour ||
    !sameActivity(a.activity, b.activity) ||
    !sameCell(a.cell, b.cell) ||
    !sameFocus(a.focus, b.focus) ||
    !sameList(a.filters.factions, b.filters.factions) ||
    !sameList(a.filters.kinds, b.filters.kinds) ||
    !sameList(a.filters.people, b.filters.people) ||
    a.filters.voice !== b.filters.voice ||
    (a.filters.q.trim() === '') !== (b.filters.q.trim() === '')
  );
}
