import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Tour, TourStep } from '../data/tour-schema';
import {
  migrateSavedTours,
  NO_SAVED_TOURS,
  savedToursStorage,
  STORE_KEY,
  STORE_VERSION,
  type PersistedTours,
} from './saved-tours-storage';
import { moveItem, newTourId } from './tour-ids';

/** A new tour's id, or why it was not made. */
export type Created = { id: string; error: null } | { id: null; error: string };

/** The tours an import saved (under their new ids where theirs were taken), or why none were. */
export type Imported = { tours: Tour[]; error: null } | { tours: []; error: string };

/** What an import does with a tour whose id is saved already: replace it, or keep both. */
export type Twins = 'replace' | 'keep-both';

/**
 * The teacher's own tours, kept in this browser. Every change is an action here, written through
 * to storage by zustand's persist middleware; views subscribe with selectors. An action returns
 * null, or why nothing was changed.
 */
export interface SavedToursState extends PersistedTours {
  /** A new tour; `steps` lets it be made with its first step in one write, so it is never left empty. */
  createTour: (title: string, steps?: readonly TourStep[]) => Created;
  /**
   * Saves a whole tour (an import or a shared copy). One whose id is taken, by a saved tour or by
   * one of `reserved` (the built-in tours), gets a new id.
   */
  addTour: (tour: Tour, reserved?: readonly string[]) => Created;
  /** Puts `tour` in the place of the saved tour with its id (a second import of the same file). */
  replaceTour: (tour: Tour) => string | null;
  /**
   * Saves a file's tours in one write: all of them, or (the browser refusing) none. A tour whose
   * id is saved is replaced or kept beside it under a new id (`twins`); one whose id is `reserved`
   * (a built-in tour's) always gets a new id.
   */
  importTours: (tours: readonly Tour[], reserved: readonly string[], twins: Twins) => Imported;
  renameTour: (tourId: string, title: string) => string | null;
  removeTour: (tourId: string) => string | null;
  addStep: (tourId: string, step: TourStep) => string | null;
  /** Moves the step at 0-based `from` to 0-based `to`; out-of-range indices change nothing. */
  moveStep: (tourId: string, from: number, to: number) => string | null;
  removeStep: (tourId: string, index: number) => string | null;
  /** Puts a step back at 0-based `index` (undoing its removal); past the end it goes last. */
  insertStep: (tourId: string, index: number, step: TourStep) => string | null;
  /** An empty note removes the note. */
  setStepNote: (tourId: string, index: number, note: string) => string | null;
  /** Passage 1 is the default and is not written. */
  setStepPassage: (tourId: string, index: number, passage: number) => string | null;
}

const NO_TITLE = 'A tour needs a title.';
const WRITE_REFUSED = 'The tours could not be saved (the browser refused or is full).';

const created = (id: string, error: string | null): Created =>
  error === null ? { id, error } : { id: null, error };

/** A store of saved tours in `getStorage()`; the app's is `useSavedTours`, tests make their own. */
export function createSavedTours(getStorage: () => Storage, version: number = STORE_VERSION) {
  const store = create<SavedToursState>()(
    persist(
      (set, get) => {
        /** Changes the tours unless what is saved could not be read; a refused write changes nothing. */
        const commit = (change: (tours: Tour[]) => Tour[]): string | null => {
          const { tours, error } = get();
          if (error !== null) return error;
          try {
            set({ tours: change(tours) });
            return null;
          } catch {
            try {
              set({ tours });
            } catch {
              // Storage refuses again: what it holds was not changed either.
            }
            return WRITE_REFUSED;
          }
        };
        const mapTour = (tourId: string, change: (tour: Tour) => Tour) =>
          commit((tours) => tours.map((t) => (t.id === tourId ? change(t) : t)));
        const patchStep = (tourId: string, index: number, change: (step: TourStep) => TourStep) =>
          mapTour(tourId, (t) => ({ ...t, steps: t.steps.map((s, i) => (i === index ? change(s) : s)) }));

        return {
          ...NO_SAVED_TOURS,
          createTour: (title, steps = []) => {
            const name = title.trim();
            if (name === '') return { id: null, error: NO_TITLE };
            const id = newTourId(name, new Set(get().tours.map((t) => t.id)));
            return created(
              id,
              commit((tours) => [...tours, { id, title: name, steps: [...steps] }]),
            );
          },
          addTour: (tour, reserved = []) => {
            const taken = new Set([...reserved, ...get().tours.map((t) => t.id)]);
            const id = taken.has(tour.id) ? newTourId(tour.title, taken) : tour.id;
            return created(
              id,
              commit((tours) => [...tours, { ...tour, id }]),
            );
          },
          replaceTour: (tour) => mapTour(tour.id, () => tour),
          importTours: (incoming, reserved, twins) => {
            const imported: Tour[] = [];
            const error = commit((tours) => {
              const next = [...tours];
              const taken = new Set([...reserved, ...tours.map((t) => t.id)]);
              for (const tour of incoming) {
                const at = next.findIndex((t) => t.id === tour.id);
                if (twins === 'replace' && at >= 0 && !reserved.includes(tour.id)) {
                  next[at] = tour;
                  imported.push(tour);
                  continue;
                }
                const id = taken.has(tour.id) ? newTourId(tour.title, taken) : tour.id;
                taken.add(id);
                next.push({ ...tour, id });
                imported.push({ ...tour, id });
              }
              return next;
            });
            return error === null ? { tours: imported, error } : { tours: [], error };
          },
          renameTour: (tourId, title) => {
            const name = title.trim();
            if (name === '') return NO_TITLE;
            return mapTour(tourId, (t) => ({ ...t, title: name }));
          },
          removeTour: (tourId) => commit((tours) => tours.filter((t) => t.id !== tourId)),
          addStep: (tourId, step) => mapTour(tourId, (t) => ({ ...t, steps: [...t.steps, step] })),
          moveStep: (tourId, from, to) =>
            mapTour(tourId, (t) => ({ ...t, steps: moveItem(t.steps, from, to) })),
          removeStep: (tourId, index) =>
            mapTour(tourId, (t) => ({ ...t, steps: t.steps.filter((_, i) => i !== index) })),
          insertStep: (tourId, index, step) =>
            mapTour(tourId, (t) => ({ ...t, steps: t.steps.toSpliced(index, 0, step) })),
          setStepNote: (tourId, index, note) =>
            patchStep(tourId, index, (s) => {
              const rest = { ...s };
              delete rest.note;
              return note === '' ? rest : { ...rest, note };
            }),
          setStepPassage: (tourId, index, passage) =>
            patchStep(tourId, index, (s) => {
              const rest = { ...s };
              delete rest.passage;
              return passage <= 1 ? rest : { ...rest, passage };
            }),
        };
      },
      {
        name: STORE_KEY,
        version,
        storage: savedToursStorage(getStorage, version),
        partialize: ({ tours, error }): PersistedTours => ({ tours, error }),
        migrate: (raw, from) => migrateSavedTours(raw, from, version),
        // Nothing saved (or cleared in another tab) is no tours, not the tours held before.
        merge: (persisted, current) => ({
          ...current,
          ...((persisted as PersistedTours | undefined) ?? NO_SAVED_TOURS),
        }),
      },
    ),
  );
  return store;
}

/** Has another tab's change (its editor, its "Add to tour") reach `store`; returns a function that stops it. */
export function hearOtherTabs(store: ReturnType<typeof createSavedTours>): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORE_KEY || e.key === null) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** The teacher's saved tours, in this browser's localStorage. */
export const useSavedTours = createSavedTours(() => window.localStorage);
if (typeof window !== 'undefined') hearOtherTabs(useSavedTours);

export const selectSavedTours = (s: SavedToursState) => s.tours;
export const selectSavedToursError = (s: SavedToursState) => s.error;
