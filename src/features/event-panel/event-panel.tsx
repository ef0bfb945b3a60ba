import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { formatEventDates } from '../../dates';
import type { EventListing, Faction, HistoricalEvent, Person } from '../../data/schemas';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { factionColour } from '../../ui/faction-colour';
import { scrollParent } from '../../ui/scroll-parent';
import { leaveForSource, takeReturnPoint } from './return-point';
import { useCopy } from '../../ui/use-copy';
import { Highlighted } from '../../ui/highlighted';
import { quoteOpening } from '../../ui/quote-opening';
import { citationOf } from './citation-of';
import { QuotationsByVoice } from './quotations-by-voice';
import { MatrixPositions } from './matrix-positions';
import './event-panel.css';

export interface EventPanelProps {
  event: HistoricalEvent;
  /** The events in view (after filters), for previous and next. */
  events: readonly EventListing[];
  factions: readonly Faction[];
  people: readonly Person[];
  /** Search matches to mark in the summary and the quotations. */
  terms: readonly string[];
  /**
   * The "Add to tour" control, beside "Copy link". The app gives it (the tour editor's), so that
   * this feature does not reach into another.
   */
  addToTour: ReactNode;
}

const selectFilterVoice = (s: AppState) => s.filters.voice;
const openEvent = (id: string) => useAppStore.getState().select(id);

/** The reading pane for one event: what happened, when, who, and the source's own words. */
export default function EventPanel({ event, events, factions, people, terms, addToTour }: EventPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const { copy, message } = useCopy();
  const filterVoice = useAppStore(selectFilterVoice);
  // Each event is read from its top: the panel scrolls back up (it scrolls on its own, beside the
  // timeline or as a sheet over it) and focus goes to the title, which shows it. Coming back from
  // reading one of its passages in the source, it opens at that passage's link instead.
  useEffect(() => {
    const root = rootRef.current;
    const back = takeReturnPoint(event.id);
    const link =
      back === null ? null : root?.querySelector<HTMLElement>(`[data-passage="${back}"] .quote__actions a`);
    if (link) {
      link.scrollIntoView({ block: 'center' });
      link.focus({ preventScroll: true });
      return;
    }
    if (root) scrollParent(root)?.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);

  const { newStyle, oldStyle } = formatEventDates(event);
  const eventFactions = event.factions.map(
    (id) => factions.find((f) => f.id === id) ?? { id, name: id, colour: '#555555', colourDark: '#bababa' },
  );
  const eventPeople = event.people.map((id) => people.find((p) => p.id === id)?.name ?? id);
  const index = events.findIndex((e) => e.id === event.id);
  const previous = index > 0 ? events[index - 1] : undefined;
  const next = index >= 0 ? events[index + 1] : undefined;
  const link = () => new URL(hrefFor({ event: event.id }), window.location.href).href;

  return (
    <article ref={rootRef} className="event-panel" aria-labelledby="event-panel-title">
      {/* Beside the frame's Close button (app/panel-frame.tsx). */}
      <div className="event-panel__head">
        <p className="event-panel__kind">{event.kind}</p>
      </div>
      <h2 id="event-panel-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="event-panel__date">
        <time dateTime={event.start}>{newStyle}</time>
        {oldStyle && <span className="event-panel__old-style">{oldStyle} (Old Style)</span>}
      </p>
      <ul className="event-panel__factions" aria-label="Factions">
        {eventFactions.map((f) => (
          <li key={f.id} style={{ '--faction': factionColour(f) } as CSSProperties}>
            {f.name}
          </li>
        ))}
      </ul>
      {eventPeople.length > 0 && (
        <p className="event-panel__people">
          <span className="event-panel__label">People</span> {eventPeople.join(', ')}
        </p>
      )}
      <p className="event-panel__summary">
        <Highlighted text={event.summary} terms={terms} />
      </p>
      <div className="event-panel__tools">
        <button type="button" className="text-button" onClick={() => copy(link(), 'Link copied.')}>
          Copy link
        </button>
        {addToTour}
        <span className="event-panel__status" role="status">
          {message}
        </span>
      </div>
      {event.note && (
        <section className="event-panel__note" aria-labelledby="event-panel-note">
          <h3 id="event-panel-note" className="event-panel__subhead">
            Historian's note
          </h3>
          {event.sourceDate && (
            <p>
              The source dates this <q>{event.sourceDate}</q>.
            </p>
          )}
          <p>{event.note}</p>
        </section>
      )}
      <h3 className="event-panel__subhead">In the source</h3>
      <QuotationsByVoice
        event={event}
        people={people}
        terms={terms}
        filterVoice={filterVoice}
        onReadInContext={(n) => {
          leaveForSource(event.id, n);
          useAppStore.getState().readInContext(event.id, n);
        }}
        onCite={(passage, form) =>
          copy(
            citationOf(passage, people, form),
            `${form === 'note' ? 'Chicago note' : 'Bibliography entry'} for ${quoteOpening(passage.quote)} copied.`,
          )
        }
      />
      <nav className="event-panel__neighbours" aria-label="Previous and next event">
        {previous && (
          <button type="button" className="text-button" onClick={() => openEvent(previous.id)}>
            <span aria-hidden="true">←</span> <span className="sr-only">Previous event: </span>
            {previous.title}
          </button>
        )}
        {next && (
          <button type="button" className="text-button event-panel__next" onClick={() => openEvent(next.id)}>
            <span className="sr-only">Next event: </span>
            {next.title} <span aria-hidden="true">→</span>
          </button>
        )}
      </nav>
      {/* Last: the matrix arrives after the panel has drawn (its first opening fetches it), and
          drawn above the neighbours it moved "Next event" from under a reader's pointer. */}
      <MatrixPositions eventId={event.id} factions={factions} />
    </article>
  );
}
