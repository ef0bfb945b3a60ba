/**
 * The screens that exist so far; the URL's `view` parameter names one. PRODUCT.md also plans
 * compare: it joins this list when it is built, and until then a link to it gets the
 * "no such view" notice rather than an empty screen. `activity` is a class activity made from a
 * tour or a list of events (no entry in the header: teachers make its links, students open them).
 */
export const VIEWS = ['timeline', 'list', 'source', 'factions', 'present', 'activity'] as const;
export type View = (typeof VIEWS)[number];
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);
