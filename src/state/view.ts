/**
 * The screens; the URL's `view` parameter names one. `activity` is a class activity made from a
 * tour or a list of events (no entry in the header: teachers make its links, students open them).
 */
export const VIEWS = ['timeline', 'list', 'source', 'factions', 'compare', 'present', 'activity'] as const;
export type View = (typeof VIEWS)[number];
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);
