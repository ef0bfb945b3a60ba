import type { HistoricalEvent } from '../../data/schemas';
import { findAllQuotes } from '../../data/source/find-quote';
import type { SourceDocument } from '../../data/source/types';

export interface QuoteMark {
  eventId: string;
  /** 1-based passage of the event. */
  passage: number;
  start: number;
  end: number;
}

/** For each paragraph number, the events that quote it and where: built once per dataset. */
export function indexQuotes(
  doc: SourceDocument,
  events: readonly HistoricalEvent[],
): Map<number, QuoteMark[]> {
  const index = new Map<number, QuoteMark[]>();
  for (const event of events) {
    event.passages.forEach((p, i) => {
      for (const loc of findAllQuotes(doc, p.quote)) {
        const marks = index.get(loc.paragraph.number) ?? [];
        marks.push({ eventId: event.id, passage: i + 1, start: loc.start, end: loc.end });
        index.set(loc.paragraph.number, marks);
      }
    });
  }
  return index;
}

export interface ReadingTarget {
  paragraph: number;
  /** The exact quotation to highlight; null when only a paragraph was asked for. */
  mark: QuoteMark | null;
}

/** What "read in context" points at: an event's n-th passage, or with no event a paragraph number. */
export function findTarget(
  index: ReadonlyMap<number, readonly QuoteMark[]>,
  eventId: string | null,
  passage: number | null,
): ReadingTarget | null {
  if (passage === null) return null;
  if (eventId === null) return { paragraph: passage, mark: null };
  for (const [paragraph, marks] of index) {
    const mark = marks.find((m) => m.eventId === eventId && m.passage === passage);
    if (mark) return { paragraph, mark };
  }
  return null;
}
