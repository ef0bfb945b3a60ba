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
  return `${cite.format(format, { format: 'text' }).trim()}\n`;
}
