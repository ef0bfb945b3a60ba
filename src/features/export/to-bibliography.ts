// The cited works as files a reference manager imports (Zotero, EndNote, JabRef), written by
// citation-js's own BibTeX and RIS writers. Heavy, so loaded only when one is asked for.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Work } from '../../data/works';

export type BibliographyFormat = 'bibtex' | 'ris' | 'csl-json';

/** The works in one format; BibTeX keys are citation-js's own (author, year, first word of the title). */
export function worksToBibliography(works: readonly Work[], format: BibliographyFormat): string {
  // The works are CSL-JSON already (data/works.json), which Zotero reads as it is.
  if (format === 'csl-json') return `${JSON.stringify(works, null, 2)}\n`;
  const cite = new Cite(works);
  const text = cite.format(format, { format: 'text' }).trim();
  return `${format === 'ris' ? unwrapRis(text) : text}\n`;
}

/** A RIS line: a tag of two capitals or digits, two spaces, a hyphen. */
const RIS_TAG = /^[A-Z][A-Z0-9] {2}-/;

/**
 * citation-js wraps RIS values at 70 characters, mid-word ("…Soviet Russi" / "a"), and readers take
 * the second line for another field or join it with a space: a title of 71 characters comes back
 * misspelt. RIS allows long lines (255 characters for titles), so each value is put back on one.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    const last = lines.at(-1);
    if (last !== undefined && line !== '' && !RIS_TAG.test(line)) lines[lines.length - 1] = last + line;
    else lines.push(line);
  }
  return lines.join('\n');
}
