import { formatEventDate } from '../../dates';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import { Quotation } from '../../ui/quotation';
import { quoteOpening } from '../../ui/quote-opening';
import type { ResolvedPassage } from './matrix';

const openEvent = (id: string) => useAppStore.getState().navigate({ view: 'timeline', event: id });
const readInContext = (id: string, n: number) => useAppStore.getState().readInContext(id, n);

/**
 * The passages behind a cell, side by side where the screen has room: each verbatim with its
 * voice, speaker and citation, the event it comes from (a link to it on the timeline) and a link
 * to read it in the source text, as the event panel offers.
 */
export function PassageCards({ passages, label }: { passages: readonly ResolvedPassage[]; label: string }) {
  if (passages.length === 0) {
    return <p className="compare-passages__none">No passage of the source stands behind this cell.</p>;
  }
  return (
    <ol className="compare-passages" aria-label={label}>
      {passages.map((p) => (
        <li key={`${p.event.id}-${p.n}-${p.quote.slice(0, 24)}`} className="compare-passage">
          <Quotation voice={p.voice} speaker={p.speaker} cite={p.passage.cite}>
            {p.quote}
          </Quotation>
          <p className="compare-passage__links">
            <AppLink href={hrefFor({ event: p.event.id })} onNavigate={() => openEvent(p.event.id)}>
              <span className="sr-only">Event: </span>
              {p.event.title}
              <span className="compare-passage__date"> ({formatEventDate(p.event)})</span>
            </AppLink>
            <AppLink
              href={hrefFor({ view: 'source', event: p.event.id, passage: p.n })}
              onNavigate={() => readInContext(p.event.id, p.n)}
              aria-label={`Read in context: ${p.event.title}, ${quoteOpening(p.quote)}`}
            >
              Read in context
            </AppLink>
          </p>
        </li>
      ))}
    </ol>
  );
}
