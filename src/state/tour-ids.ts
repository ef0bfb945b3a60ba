import { slug } from '../lib/slug';

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

/**
 * A shared tour under an id no built-in tour has (`reserved`): a link could otherwise take a
 * built-in tour's id and stand in its place. The same link always gets the same id, so the
 * presenter's window, opened on the same link, finds the tour the room shows.
 */
export function withFreeId<T extends { id: string }>(tour: T, reserved: readonly string[]): T {
  if (!reserved.includes(tour.id)) return tour;
  for (let n = 1; ; n++) {
    const id = `${tour.id}-shared${n === 1 ? '' : `-${n}`}`;
    if (!reserved.includes(id)) return { ...tour, id };
  }
}

/** Moves the item at 0-based `from` to 0-based `to`; out-of-range indices change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
