import type { HistoricalEvent, Passage, Person } from '../../data/schemas';
import type { CitationForm } from '../../lib/citation/cite-passage';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../../ui/highlighted';
import { AppLink } from '../../ui/app-link';

export interface PassageListProps {
  event: HistoricalEvent;
  people: readonly Person[];
  terms: readonly string[];
  onReadInContext: (passage: number) => void;
  /** Copies quotation `n`'s citation, as a Chicago note or as a bibliography entry. */
  onCite: (passage: Passage, n: number, form: CitationForm) => void;
}

/** Every quotation of an event, verbatim, with its citation and the ways to use it. */
export function PassageList({ event, people, terms, onReadInContext, onCite }: PassageListProps) {
  return (
    <ol className="event-panel__passages">
      {event.passages.map((passage, i) => {
        const n = i + 1;
        const speaker = passage.speaker ? people.find((p) => p.id === passage.speaker)?.name : undefined;
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
              <AppLink
                href={hrefFor({ view: 'source', event: event.id, passage: n })}
                onNavigate={() => onReadInContext(n)}
                // The visible words come first, so speech input ("click Read in context") still works.
                aria-label={`Read in context: quotation ${n}`}
              >
                Read in context
              </AppLink>
              <button
                type="button"
                className="link-button"
                onClick={() => onCite(passage, n, 'note')}
                aria-label={`Copy note for quotation ${n}`}
              >
                Copy note
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => onCite(passage, n, 'bibliography')}
                aria-label={`Copy bibliography entry for quotation ${n}`}
              >
                Copy bibliography entry
              </button>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
