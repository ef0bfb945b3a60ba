import type { HistoricalEvent, Passage, Person, Voice } from '../../data/schemas';
import type { CitationForm } from '../../lib/citation/cite-passage';
import { Quotation } from '../../ui/quotation';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../../ui/highlighted';
import { AppLink } from '../../ui/app-link';
import { quoteOpening } from '../../ui/quote-opening';

export interface PassageListProps {
  event: HistoricalEvent;
  people: readonly Person[];
  /** Which of the event's passages to list, by their 1-based numbers, in this order. */
  numbers: readonly number[];
  /** Their voice, one for the list (the panel groups them by voice). */
  voice: Voice | null;
  terms: readonly string[];
  onReadInContext: (passage: number) => void;
  /** Copies a quotation's citation, as a Chicago note or as a bibliography entry. */
  onCite: (passage: Passage, form: CitationForm) => void;
}

/** Quotations of an event, verbatim, with their voice, citation and the ways to use them. */
export function PassageList({
  event,
  people,
  numbers,
  voice,
  terms,
  onReadInContext,
  onCite,
}: PassageListProps) {
  return (
    <ol className="event-panel__passages">
      {numbers.map((n) => {
        const passage = event.passages[n - 1];
        if (!passage) return null;
        const speaker = passage.speaker ? people.find((p) => p.id === passage.speaker)?.name : undefined;
        const named = quoteOpening(passage.quote);
        return (
          <li key={n} data-passage={n}>
            <Quotation voice={voice} speaker={speaker} cite={passage.cite}>
              <Highlighted text={passage.quote} terms={terms} />
            </Quotation>
            <p className="quote__actions">
              <AppLink
                href={hrefFor({ view: 'source', event: event.id, passage: n })}
                onNavigate={() => onReadInContext(n)}
                // The visible words come first, so speech input ("click Read in context") still works.
                aria-label={`Read in context: ${named}`}
              >
                Read in context
              </AppLink>
              <button
                type="button"
                className="link-button"
                onClick={() => onCite(passage, 'note')}
                aria-label={`Copy note for ${named}`}
              >
                Copy note
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => onCite(passage, 'bibliography')}
                aria-label={`Copy bibliography entry for ${named}`}
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
