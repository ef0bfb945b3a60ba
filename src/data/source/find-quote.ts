import { normaliseText } from './normalise';
import type { QuoteLocation, SourceDocument } from './types';

/**
 * Every place the quote occurs, in reading order. The quote gets the same normalisation as
 * the paragraphs and nothing more (no case folding, no quote-mark unification), so data that
 * passes here quotes the text verbatim.
 */
export function findAllQuotes(doc: SourceDocument, quote: string): QuoteLocation[] {
  const needle = normaliseText(quote);
  if (needle === '') return [];
  const found: QuoteLocation[] = [];
  for (const paragraph of doc.paragraphs) {
    for (
      let start = paragraph.text.indexOf(needle);
      start !== -1;
      start = paragraph.text.indexOf(needle, start + 1)
    ) {
      found.push({ paragraph, start, end: start + needle.length });
    }
  }
  return found;
}

/** The first place the quote occurs, or null when the text does not contain it. */
export function findQuote(doc: SourceDocument, quote: string): QuoteLocation | null {
  return findAllQuotes(doc, quote)[0] ?? null;
}
