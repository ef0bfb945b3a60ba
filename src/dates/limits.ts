/** The timeline never shows before 1900 or after 1945, and never zooms closer than a day. */
export const TIMELINE_MIN = Date.UTC(1900, 0, 1);
export const TIMELINE_MAX = Date.UTC(1946, 0, 1);
export const ZOOM_MIN_MS = 86_400_000;
export const ZOOM_MAX_MS = TIMELINE_MAX - TIMELINE_MIN;
/** The span the product is about, framed when a reader asks to see everything. */
export const FIT_ALL = { from: Date.UTC(1906, 6, 1), to: Date.UTC(1938, 6, 1) };

/**
 * Where the oppositions' story happens, from the revolution to the last expulsions: what a phone
 * opens on, thirty years being too many for its width to name anything.
 */
export const CORE_YEARS = { from: Date.UTC(1917, 0, 1), to: Date.UTC(1929, 0, 1) };

/**
 * Screens narrower than this (their lanes under about 480 px) open on the core years rather than
 * on all of them. Judged by the screen, known before anything is drawn, so the window never
 * changes under the reader once the lanes are measured.
 */
export const NARROW_SCREEN_QUERY = '(max-width: 599.98px)';

/** The window a link without one opens on: every year, or on a narrow screen the core years. */
export const defaultWindow = (narrow: boolean) => (narrow ? CORE_YEARS : FIT_ALL);
