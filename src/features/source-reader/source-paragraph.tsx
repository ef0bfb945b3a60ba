import type { ReactNode } from 'react';
import type { HistoricalEvent } from '../../data/schemas';
import type { Paragraph } from '../../data/source/types';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import { highlightSpans } from './highlight-spans';
import type { QuoteMark } from './quote-index';

export interface SourceParagraphProps {
  paragraph: Paragraph;
  marks: readonly QuoteMark[];
  eventsById: ReadonlyMap<string, HistoricalEvent>;
  highlight: { start: number; end: number } | null;
  /** Opens an event from the paragraph numbered `paragraph`, which the way back returns to. */
  onOpenEvent: (id: string, paragraph: number) => void;
}

/** One paragraph of the text, its emphasis kept, with the events that quote it. */
export function SourceParagraph({
  paragraph,
  marks,
  eventsById,
  highlight,
  onOpenEvent,
}: SourceParagraphProps) {
  const pieces = highlightSpans(paragraph.spans, highlight);
  const body = pieces.map((piece, i) => {
    let node: ReactNode = piece.text;
    if (piece.italic) node = <em>{node}</em>;
    if (piece.bold) node = <strong>{node}</strong>;
    return piece.highlighted ? (
      <mark key={i} className="source__highlight">
        {node}
      </mark>
    ) : (
      <span key={i}>{node}</span>
    );
  });
  const quotingEvents = [...new Set(marks.map((m) => m.eventId))].flatMap((id) => eventsById.get(id) ?? []);
  const Tag = paragraph.kind === 'blockquote' ? 'blockquote' : 'div';

  return (
    <div className="source__paragraph" id={`p-${paragraph.number}`}>
      <span className="source__number" aria-hidden="true">
        {paragraph.number}
      </span>
      <Tag className={`source__text source__text--${paragraph.kind}`}>
        <p>{body}</p>
      </Tag>
      {quotingEvents.length > 0 && (
        <ul className="source__marks" aria-label={`Events quoting paragraph ${paragraph.number}`}>
          {quotingEvents.map((event) => (
            <li key={event.id}>
              <AppLink
                className="source__mark"
                href={hrefFor({ event: event.id })}
                onNavigate={() => onOpenEvent(event.id, paragraph.number)}
              >
                <span aria-hidden="true">◆ </span>
                {event.title}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
