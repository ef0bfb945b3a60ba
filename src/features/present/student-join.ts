import { useEffect, useSyncExternalStore } from 'react';
import type { Tour } from '../../data/tour-schema';
import { qrModules, type QrModules } from '../../lib/qr';
import { shareLink } from '../../lib/share-link';

/** What students need to join a tour on their own screens: its link for students, and that link as a QR code. */
export interface StudentJoin {
  link: string;
  modules: QrModules;
}

// Kept per tour object (a tour changes by being replaced), so the handout can be printed at
// once: the print dialog's snapshot is taken synchronously, with no time to wait for the code.
const ready = new WeakMap<Tour, StudentJoin>();
const pending = new WeakMap<Tour, Promise<StudentJoin>>();
const listeners = new Set<() => void>();

/** The tour's link for students and its code, made once; resolves when both are ready. */
export function studentJoin(tour: Tour): Promise<StudentJoin> {
  const known = pending.get(tour);
  if (known) return known;
  const made = (async () => {
    const link = await shareLink(tour, 'students');
    const join = { link, modules: await qrModules(link) };
    ready.set(tour, join);
    for (const listener of listeners) listener();
    return join;
  })();
  pending.set(tour, made);
  // A failed load (the code's chunk unreachable) is forgotten, so the next ask tries again.
  made.catch(() => pending.delete(tour));
  return made;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The tour's StudentJoin, null until it is ready (asked for on first use). */
export function useStudentJoin(tour: Tour | null): StudentJoin | null {
  useEffect(() => {
    if (tour) studentJoin(tour).catch((error: unknown) => console.warn('No QR code for the tour:', error));
  }, [tour]);
  return useSyncExternalStore(subscribe, () => (tour ? (ready.get(tour) ?? null) : null));
}

/** The code's name for screen readers, the same on the Join slide and the handout. */
export const studentCodeLabel = (tour: Tour): string => `QR code: the link to “${tour.title}” for students`;
