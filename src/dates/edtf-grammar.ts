import { parse } from 'edtf';

/**
 * Whether the edtf package's grammar accepts a string as a single EDTF level 0/1 date.
 * Used by the build's validator, so the data is proven against the standard's grammar,
 * not only against our reader (parse.ts).
 */
export function isEdtfDate(value: string): boolean {
  try {
    return parse(value, { level: 1 }).type === 'Date';
  } catch {
    return false;
  }
}
