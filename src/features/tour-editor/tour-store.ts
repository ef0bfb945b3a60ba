import * as z from 'zod/mini';
import { IdSchema } from '../../data/schemas';
import { TourStepSchema, type Tour, type TourStep } from '../../data/tour-schema';
import { slug } from '../../lib/slug';

export const STORE_KEY = 'oppositions.tours.v1';
export const STORE_VERSION = 1;

/** A saved tour may be a draft with no steps yet; presenting, sharing and export need one. */
const SavedTourSchema = z.strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  steps: z.array(TourStepSchema),
});

const EnvelopeSchema = z.strictObject({
  version: z.literal(STORE_VERSION),
  tours: z.array(SavedTourSchema),
});

export interface StoreResult {
  tours: Tour[];
  /** Why the saved tours could not be read or written; null when all is well. */
  error: string | null;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the saved tours. A corrupt store is reported, never thrown and never overwritten here. */
export function loadSavedTours(): StoreResult {
  const store = storage();
  if (!store) return { tours: [], error: 'This browser does not let the page save tours.' };
  let text: string | null;
  try {
    text = store.getItem(STORE_KEY);
  } catch {
    return { tours: [], error: 'This browser does not let the page read saved tours.' };
  }
  if (text === null) return { tours: [], error: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { tours: [], error: 'The saved tours are damaged (not JSON); they were left as they are.' };
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
    return {
      tours: [],
      error: `The saved tours are damaged (${where}: ${issue?.message ?? 'invalid'}); they were left as they are.`,
    };
  }
  return { tours: parsed.data.tours, error: null };
}

/** Writes the whole list, replacing what was saved. */
export function saveTours(tours: readonly Tour[]): StoreResult {
  const store = storage();
  if (!store) return { tours: [...tours], error: 'This browser does not let the page save tours.' };
  try {
    store.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, tours }));
  } catch {
    return { tours: [...tours], error: 'The tours could not be saved (the browser refused or is full).' };
  }
  return { tours: [...tours], error: null };
}

/** Loads, changes and saves; a store that cannot be read is left untouched. */
function update(change: (tours: Tour[]) => Tour[]): StoreResult {
  const current = loadSavedTours();
  if (current.error !== null) return current;
  return saveTours(change(current.tours));
}

const mapTour = (tourId: string, change: (tour: Tour) => Tour) =>
  update((tours) => tours.map((t) => (t.id === tourId ? change(t) : t)));

/** "Kronstadt, 1921!" → "kronstadt-1921"; "tour" when nothing Latin is left. */
export function slugify(title: string): string {
  return slug(title, 40) || 'tour';
}

function randomSuffix(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** A kebab-case id from the title with a short random suffix, unlike any of `taken`. */
export function newTourId(title: string, taken: ReadonlySet<string> = new Set()): string {
  const base = slugify(title);
  for (;;) {
    const id = `${base}-${randomSuffix()}`;
    if (!taken.has(id)) return id;
  }
}

/** A new saved tour; `steps` lets it be made with its first step in one write, so it is never left empty. */
export function createTour(
  title: string,
  steps: readonly TourStep[] = [],
): StoreResult & { id: string | null } {
  const name = title.trim();
  if (name === '') return { tours: loadSavedTours().tours, error: 'A tour needs a title.', id: null };
  let id: string | null = null;
  const result = update((tours) => {
    id = newTourId(name, new Set(tours.map((t) => t.id)));
    return [...tours, { id, title: name, steps: [...steps] }];
  });
  return { ...result, id: result.error === null ? id : null };
}

/**
 * Saves a whole tour (an import or a shared copy). One whose id is taken, by a saved tour or by
 * one of `reserved` (the built-in tours), gets a new id.
 */
export function addTour(tour: Tour, reserved: readonly string[] = []): StoreResult & { id: string | null } {
  let id: string | null = null;
  const result = update((tours) => {
    const taken = new Set([...reserved, ...tours.map((t) => t.id)]);
    id = taken.has(tour.id) ? newTourId(tour.title, taken) : tour.id;
    return [...tours, { ...tour, id }];
  });
  return { ...result, id: result.error === null ? id : null };
}

export function renameTour(tourId: string, title: string): StoreResult {
  const name = title.trim();
  if (name === '') return { tours: loadSavedTours().tours, error: 'A tour needs a title.' };
  return mapTour(tourId, (t) => ({ ...t, title: name }));
}

export const removeTour = (tourId: string): StoreResult =>
  update((tours) => tours.filter((t) => t.id !== tourId));

export const addStep = (tourId: string, step: TourStep): StoreResult =>
  mapTour(tourId, (t) => ({ ...t, steps: [...t.steps, step] }));

/** Moves the step at 0-based `from` to 0-based `to`; out-of-range indices change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export const moveStep = (tourId: string, from: number, to: number): StoreResult =>
  mapTour(tourId, (t) => ({ ...t, steps: moveItem(t.steps, from, to) }));

export const removeStep = (tourId: string, index: number): StoreResult =>
  mapTour(tourId, (t) => ({ ...t, steps: t.steps.filter((_, i) => i !== index) }));

function patchStep(tourId: string, index: number, change: (step: TourStep) => TourStep): StoreResult {
  return mapTour(tourId, (t) => ({ ...t, steps: t.steps.map((s, i) => (i === index ? change(s) : s)) }));
}

/** An empty note removes the note. */
export const setStepNote = (tourId: string, index: number, note: string): StoreResult =>
  patchStep(tourId, index, (s) => {
    const rest = { ...s };
    delete rest.note;
    return note === '' ? rest : { ...rest, note };
  });

/** Passage 1 is the default and is not written. */
export const setStepPassage = (tourId: string, index: number, passage: number): StoreResult =>
  patchStep(tourId, index, (s) => {
    const rest = { ...s };
    delete rest.passage;
    return passage <= 1 ? rest : { ...rest, passage };
  });
