// citation-js ships no types: the few parts this project calls, typed as it uses them.
declare module '@citation-js/core' {
  /** A cite as citeproc takes it: an item's id, where in it, and words before or after. */
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  export interface FormatOptions {
    template?: string;
    format?: 'text' | 'html';
    lang?: string;
    entry?: string | readonly (string | CiteItem)[];
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(kind: 'citation' | 'bibliography', options?: FormatOptions): string;
    format(kind: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' }): string;
    static async(data: unknown): Promise<Cite>;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: Register<string> } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
