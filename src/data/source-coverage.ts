import type { HistoricalEvent } from './schemas';
import { findAllQuotes } from './source/find-quote';
import { sourceQuotations, type SourceQuotation } from './source/source-quotations';
import type { SourceDocument } from './source/types';

export interface CoverageReport {
  total: number;
  linked: SourceQuotation[];
  unlinked: SourceQuotation[];
  /** linked / total, 0–1. */
  share: number;
}

interface Span {
  paragraph: number;
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/**
 * Which of the text's own quotations some event quotes. A quotation counts as linked when an
 * event's passage overlaps one of its quoted stretches where that stretch stands in the text.
 */
export function sourceCoverage(doc: SourceDocument, events: readonly HistoricalEvent[]): CoverageReport {
  const passageSpans: Span[] = events.flatMap((event) =>
    event.passages.flatMap((p) =>
      findAllQuotes(doc, p.quote).map((loc) => ({
        paragraph: loc.paragraph.number,
        start: loc.start,
        end: loc.end,
      })),
    ),
  );
  const linked: SourceQuotation[] = [];
  const unlinked: SourceQuotation[] = [];
  for (const quotation of sourceQuotations(doc)) {
    const stretches = quotation.quoted.flatMap((q) =>
      findAllQuotes(doc, q).map((loc) => ({
        paragraph: loc.paragraph.number,
        start: loc.start,
        end: loc.end,
      })),
    );
    const isLinked = stretches.some((s) => passageSpans.some((p) => overlaps(s, p)));
    (isLinked ? linked : unlinked).push(quotation);
  }
  const total = linked.length + unlinked.length;
  return { total, linked, unlinked, share: total === 0 ? 1 : linked.length / total };
}
