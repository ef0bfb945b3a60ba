// The citation processor: citeproc-js through citation-js, with the Chicago notes-bibliography
// style (17th edition: it keeps a book's place of publication, which the 18th drops). Heavy
// (citeproc and the style are some hundreds of kilobytes), so only ever imported on demand.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoStyle from './chicago-note-bibliography.csl?raw';
import type { CiteRequest } from './cite-request';

const STYLE = 'chicago-note-bibliography';
plugins.config.get('@csl').styles.add(STYLE, chicagoStyle);

/** The quotation's full note, as a footnote would print it (plain text, curly quotes). */
export function formatNote(request: CiteRequest): string {
  const cite = new Cite(request.items);
  return cite.format('citation', { template: STYLE, format: 'text', entry: request.cites }).trim();
}

/** The bibliography entry of the work a quotation is from. */
export function formatBibliographyEntry(request: CiteRequest): string {
  const cite = new Cite([request.entry]);
  return cite.format('bibliography', { template: STYLE, format: 'text' }).trim();
}
