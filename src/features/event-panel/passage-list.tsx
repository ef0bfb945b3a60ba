import type { MouseEvent } from 'react';
import type { HistoricalEvent, Person } from '../../data/schemas';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../../ui/highlighted';
import { chicagoCitation } from '../../lib/chicago';

export interface PassageListProps {
  event: HistoricalEvent;
  people: readonly Person[];
  terms: readonly string[];
  onReadInContext: (passage: number) => void;
  onCopy: (text: string, done: string) => void;
}

/** Every quotation of an event, verbatim, with its citation and the ways to use it. */
export function PassageList({ event, people, terms, onReadInContext, onCopy }: PassageListProps) {
  return (
    <ol className="event-panel__passages">
      {event.passages.map((passage, i) => {
        const n = i + 1;
        const speaker = passage.speaker ? people.find((p) => p.id === passage.speaker)?.name : undefined;
        const open = (e: MouseEvent) => {
          // Plain clicks stay in the app; modified clicks open the link as the browser would.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          onReadInContext(n);
        };
        return (
          <li key={n}>
            <figure className="quote">
              {speaker && <p className="quote__speaker">{speaker}:</p>}
              <blockquote>
                <p>
                  <Highlighted text={passage.quote} terms={terms} />
                </p>
              </blockquote>
              <figcaption>{passage.cite}</figcaption>
            </figure>
            <p className="quote__actions">
              <a
                href={hrefFor({ view: 'source', event: event.id, passage: n })}
                onClick={open}
                // The visible words come first, so speech input ("click Read in context") still works.
                aria-label={`Read in context: quotation ${n}`}
              >
                Read in context
              </a>
              <button
                type="button"
                className="link-button"
                onClick={() => onCopy(chicagoCitation(passage, people), 'Citation copied.')}
                aria-label={`Cite quotation ${n}`}
              >
                Cite
              </button>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
