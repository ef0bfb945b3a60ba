import { loadWorks } from '../../data/load-works';
import type { Passage, Person } from '../../data/schemas';
import type { CitationForm } from '../../lib/citation/cite-passage';

/**
 * A quotation's citation, made by citeproc, which loads with the bibliography on the first
 * request. Without the bibliography (offline before it was ever fetched) the citation is made
 * from the passage's own fields, which name author, title and page but no publisher.
 */
export async function citationOf(passage: Passage, people: readonly Person[], form: CitationForm) {
  const [{ citePassage }, works] = await Promise.all([
    import('../../lib/citation/cite-passage'),
    loadWorks().catch(() => []),
  ]);
  return citePassage(passage, people, works, form);
}
