import { slug } from '../../lib/slug';
export type ExportExtension =
  'csv' | 'quotations.csv' | 'json' | 'timelinejs.json' | 'bib' | 'ris' | 'csl.json';

export interface ExportFilterParts {
  factions: string[];
  kinds: string[];
  people: string[];
  q: string;
}

/** What every export is of; the filters follow it, so files sort together in a downloads folder. */
const BASE = 'oppositions-1907-1937';
/** Short enough for every file system and for a zip made of several exports; long enough to read. */
const MAX_LENGTH = 80;
/** Says a name was cut, so a reader does not take a shortened list for the whole filter. */
const TRUNCATED = '-etc';

/** Ids joined with "+", which reads as "and" and cannot be confused with the hyphens inside an id. */
function idList(ids: readonly string[]): string {
  return [...new Set(ids.map((id) => slug(id)).filter((id) => id !== ''))].join('+');
}

/** Cuts at the last separator that fits, never inside a word, and says it cut. */
function truncate(stem: string, max: number): string {
  if (stem.length <= max) return stem;
  const room = stem.slice(0, max - TRUNCATED.length + 1);
  const cut = Math.max(room.lastIndexOf('-'), room.lastIndexOf('+'));
  // Never cut into the base: it names what the file is.
  const kept = stem.slice(0, Math.max(cut, BASE.length)).replace(/[-+]+$/, '');
  return kept + TRUNCATED;
}

/**
 * "oppositions-1907-1937.csv" unfiltered; the filters in the order faction, kind, person, search:
 * "oppositions-1907-1937-workers-opposition+democratic-centralists-search-kronstadt.csv".
 */
export function exportFileName(parts: ExportFilterParts, ext: ExportExtension): string {
  const segments = [BASE, idList(parts.factions), idList(parts.kinds), idList(parts.people)];
  if (parts.q.trim() !== '') {
    // A search in a script the slug cannot spell still marks the file as filtered.
    const term = slug(parts.q);
    segments.push(term === '' ? 'search' : `search-${term}`);
  }
  const stem = segments.filter((s) => s !== '').join('-');
  return `${truncate(stem, MAX_LENGTH - ext.length - 1)}.${ext}`;
}
