/* The hash part of the URL state (state/url.ts); a module of its own so the store's slices can hold it. */

/**
 * The hash's meanings, all for present mode. `edit` opens the tour editor (`#edit`), at one saved
 * tour when `tourId` is set (`#edit=<id>`); `shared-tour` carries a whole tour, compressed
 * (`#tour=<data>`, decoded by the present route); `presenter` asks for the presenter's layout in
 * the window the presenter button opened (`#presenter`). Any other hash (a heading's anchor) is `none`.
 */
export type UrlHash =
  | { kind: 'none' }
  | { kind: 'edit'; tourId: string | null }
  | { kind: 'shared-tour'; data: string }
  | { kind: 'presenter' };

export const NO_HASH: UrlHash = { kind: 'none' };

const EDIT = '#edit';
const SHARED_TOUR = '#tour=';
const PRESENTER = '#presenter';

/** Reads `location.hash`; what is not one of the app's hashes, or is mangled, reads as none or its nearest sense. */
export function parseHash(hash: string): UrlHash {
  if (hash === PRESENTER) return { kind: 'presenter' };
  if (hash.startsWith(SHARED_TOUR)) return { kind: 'shared-tour', data: hash.slice(SHARED_TOUR.length) };
  if (hash === EDIT) return { kind: 'edit', tourId: null };
  if (!hash.startsWith(`${EDIT}=`)) return NO_HASH;
  try {
    const tourId = decodeURIComponent(hash.slice(EDIT.length + 1));
    return { kind: 'edit', tourId: tourId === '' ? null : tourId };
  } catch {
    // A mangled id still opens the editor, on its first tour.
    return { kind: 'edit', tourId: null };
  }
}

/** The hash for a state, '' for none. */
export function toHash(hash: UrlHash): string {
  switch (hash.kind) {
    case 'none':
      return '';
    case 'edit':
      return hash.tourId === null ? EDIT : `${EDIT}=${encodeURIComponent(hash.tourId)}`;
    case 'shared-tour':
      return `${SHARED_TOUR}${hash.data}`;
    case 'presenter':
      return PRESENTER;
  }
}

export const sameHash = (a: UrlHash, b: UrlHash): boolean => toHash(a) === toHash(b);
