import { hrefFor } from '../../state/url';

/** The editor lives in present mode's hash: `#edit`, or `#edit=<tour id>` to open one tour. */
const EDIT = '#edit';

export function editorHash(tourId: string | null = null): string {
  return tourId === null ? EDIT : `${EDIT}=${encodeURIComponent(tourId)}`;
}

/** Null when the hash is not the editor's; otherwise the tour it names, if any. */
export function readEditorHash(hash: string): { tourId: string | null } | null {
  if (hash === EDIT) return { tourId: null };
  if (!hash.startsWith(`${EDIT}=`)) return null;
  let tourId: string;
  try {
    tourId = decodeURIComponent(hash.slice(EDIT.length + 1));
  } catch {
    // A mangled id still opens the editor, on its first tour.
    return { tourId: null };
  }
  return { tourId: tourId === '' ? null : tourId };
}

/** A link to the editor open at one tour; the event keeps its place, as the header's links do. */
export const editorHref = (tourId: string, eventId: string | null = null): string =>
  `${hrefFor({ view: 'present', event: eventId })}${editorHash(tourId)}`;
