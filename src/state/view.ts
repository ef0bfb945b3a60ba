/** Every screen of the app; the URL's `view` parameter names one. */
export const VIEWS = ['timeline', 'list', 'source', 'factions', 'compare', 'present'] as const;
export type View = (typeof VIEWS)[number];
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);
