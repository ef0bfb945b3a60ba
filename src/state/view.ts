/**
 * The screens that exist so far; the URL's `view` parameter names one. PRODUCT.md also plans
 * compare: it joins this list when it is built, and until then a link to it gets the
 * "no such view" notice rather than an empty screen.
 */
export const VIEWS = ['timeline', 'list', 'source', 'factions', 'present'] as const;
export type View = (typeof VIEWS)[number];
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);
