// Loaded on demand (it brings citeproc): one quotation's citation as the reader asked for it.
import type { Passage, Person } from '../../data/schemas';
import type { Work } from '../../data/works';
import { citeRequest } from './cite-request';
import { formatBibliographyEntry, formatNote } from './format-citation';

export type CitationForm = 'note' | 'bibliography';

export function citePassage(
  passage: Passage,
  people: readonly Person[],
  works: readonly Work[],
  form: CitationForm,
): string {
  const request = citeRequest(
    passage,
    new Map(people.map((p) => [p.id, p])),
    new Map(works.map((w) => [w.id, w])),
  );
  return form === 'note' ? formatNote(request) : formatBibliographyEntry(request);
}
