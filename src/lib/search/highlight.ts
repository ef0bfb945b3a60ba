import { WORD_PATTERN, foldTerm } from './fold';

export interface HighlightPart {
  text: string;
  /** True for a word that starts with one of the terms: the UI wraps it in <mark>. */
  match: boolean;
}

/**
 * Splits text into plain and matching pieces, so the UI can mark matches as React elements and
 * never build HTML from data. Words and folding are the index's own (case, diacritics and
 * apostrophes folded, hyphens separating), so whatever the search matched is what gets marked.
 * Joining the pieces' text gives back the input exactly; adjacent plain text is one piece.
 */
export function highlightParts(text: string, terms: readonly string[]): HighlightPart[] {
  const folded = [...new Set(terms.map(foldTerm))].filter((term) => term !== '');
  if (folded.length === 0) return text === '' ? [] : [{ text, match: false }];

  const parts: HighlightPart[] = [];
  let plainFrom = 0;
  for (const word of text.matchAll(WORD_PATTERN)) {
    const foldedWord = foldTerm(word[0]);
    if (!folded.some((term) => foldedWord.startsWith(term))) continue;
    if (word.index > plainFrom) parts.push({ text: text.slice(plainFrom, word.index), match: false });
    parts.push({ text: word[0], match: true });
    plainFrom = word.index + word[0].length;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), match: false });
  return parts;
}
