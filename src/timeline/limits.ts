/** The timeline never shows before 1900 or after 1945, and never zooms closer than a day. */
export const TIMELINE_MIN = Date.UTC(1900, 0, 1);
export const TIMELINE_MAX = Date.UTC(1946, 0, 1);
export const ZOOM_MIN_MS = 86_400_000;
export const ZOOM_MAX_MS = TIMELINE_MAX - TIMELINE_MIN;
/** The span the product is about, framed when a reader asks to see everything. */
export const FIT_ALL = { from: Date.UTC(1906, 6, 1), to: Date.UTC(1938, 6, 1) };
