// The edtf package ships no types; this declares the part of its API that src/dates uses.
declare module 'edtf' {
  /** What the EDTF grammar yields for one expression, before any date arithmetic. */
  interface ParsedEdtf {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    level: 0 | 1 | 2;
    /** For a Date: [year, monthIndex (0-based), day]. */
    values: unknown[];
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
  }
  /** Parses with the EDTF grammar; throws on input the grammar rejects. */
  export function parse(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): ParsedEdtf;
}
