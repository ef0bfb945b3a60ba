import * as z from 'zod/mini';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { IdSchema } from '../data/schemas';
import { TourStepSchema, type Tour } from '../data/tour-schema';

/** Where the teacher's tours are kept, and the envelope's version; saved data of this form must keep loading. */
export const STORE_KEY = 'oppositions.tours.v1';
export const STORE_VERSION = 1;

/** What is persisted: the tours, and why what is saved could not be read (then nothing is written). */
export interface PersistedTours {
  tours: Tour[];
  /** Why the saved tours cannot be read or written; null when all is well. */
  error: string | null;
}

export const NO_SAVED_TOURS: PersistedTours = { tours: [], error: null };

/** A saved tour may be a draft with no steps yet; presenting, sharing and export need one. */
const SavedTourSchema = z.strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  steps: z.array(TourStepSchema),
});

/** The envelope in storage: `{ "version": 1, "tours": [...] }`. */
const envelopeSchema = (version: number) =>
  z.strictObject({ version: z.literal(version), tours: z.array(SavedTourSchema) });

const NO_STORAGE = 'This browser does not let the page save tours.';
const NO_READ = 'This browser does not let the page read saved tours.';
const damaged = (why: string) => `The saved tours are damaged (${why}); they were left as they are.`;

const unreadable = (error: string): PersistedTours => ({ tours: [], error });

/** Checks an envelope of `version`'s form: its tours, or what is wrong with it. */
export function checkEnvelope(raw: unknown, version: number): PersistedTours {
  const parsed = envelopeSchema(version).safeParse(raw);
  if (parsed.success) return { tours: parsed.data.tours, error: null };
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
  return unreadable(damaged(`${where}: ${issue?.message ?? 'invalid'}`));
}

const versionOf = (raw: unknown): number | null =>
  typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'number'
    ? raw.version
    : null;

/**
 * The saved tours as zustand's persist middleware reads and writes them, in the envelope saved
 * tours have always had. The rule it keeps: saved tours that cannot be read are never written
 * over (the teacher may yet recover them), so the store carries the reason (`error`) and every
 * write is refused while it is set.
 */
export function savedToursStorage(
  getStorage: () => Storage,
  version: number = STORE_VERSION,
): PersistStorage<PersistedTours> {
  const current = (state: PersistedTours): StorageValue<PersistedTours> => ({ state, version });
  return {
    getItem: (name) => {
      let storage: Storage;
      try {
        storage = getStorage();
      } catch {
        return current(unreadable(NO_STORAGE));
      }
      let text: string | null;
      try {
        text = storage.getItem(name);
      } catch {
        return current(unreadable(NO_READ));
      }
      if (text === null) return null;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        return current(unreadable(damaged('not JSON')));
      }
      const saved = versionOf(raw);
      // Another version's envelope goes to `migrate`, which reads it as unknown and checks it.
      if (saved !== null && saved !== version) return { state: raw as PersistedTours, version: saved };
      return current(checkEnvelope(raw, version));
    },
    setItem: (name, value) => {
      if (value.state.error !== null) return;
      // Throws when the browser refuses (storage full, or forbidden): the store's action says so.
      getStorage().setItem(name, JSON.stringify({ version: value.version, tours: value.state.tours }));
    },
    removeItem: (name) => getStorage().removeItem(name),
  };
}

/**
 * Brings saved tours of an earlier version to this one. The form has not changed since version 1,
 * so an earlier envelope is checked as it is; a later one (saved by a newer copy of the page) is
 * left alone, unread.
 */
export function migrateSavedTours(raw: unknown, from: number, to: number = STORE_VERSION): PersistedTours {
  if (from > to)
    return unreadable(
      `The saved tours were saved by a newer version of this page (version ${from}); they were left as they are.`,
    );
  return checkEnvelope(raw, from);
}
