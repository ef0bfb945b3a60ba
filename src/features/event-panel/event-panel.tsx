import { useEffect, useRef, type CSSProperties } from 'react';
import { formatDualDate, parseDate } from '../../dates';
import type { Faction, HistoricalEvent, Person } from '../../data/schemas';

export interface EventPanelProps {
  event: HistoricalEvent;
  factions: readonly Faction[];
  people: readonly Person[];
  onClose: () => void;
}

function dateLine(event: HistoricalEvent): string {
  const start = parseDate(event.start);
  if (!start) return event.start;
  const end = event.end === undefined ? undefined : (parseDate(event.end) ?? undefined);
  return formatDualDate(start, end);
}

/** The reading pane for one event: what happened, when, who, and the source's own words. */
export function EventPanel({ event, factions, people, onClose }: EventPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);

  const factionNames = event.factions.map(
    (id) => factions.find((f) => f.id === id) ?? { id, name: id, colour: '#555' },
  );
  const personNames = event.people.map((id) => people.find((p) => p.id === id)?.name ?? id);

  return (
    <aside className="event-panel" aria-labelledby="event-panel-title">
      <div className="event-panel__head">
        <h2 id="event-panel-title" ref={headingRef} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close event panel">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="event-panel__date">
        <time dateTime={event.start}>{dateLine(event)}</time>
      </p>
      <ul className="event-panel__factions" aria-label="Factions">
        {factionNames.map((f) => (
          <li key={f.id} style={{ '--faction': f.colour } as CSSProperties}>
            {f.name}
          </li>
        ))}
      </ul>
      {personNames.length > 0 && <p className="event-panel__people">People: {personNames.join(', ')}</p>}
      <p className="event-panel__summary">{event.summary}</p>
      <h3 className="event-panel__subhead">In the source</h3>
      <ol className="event-panel__passages">
        {event.passages.map((passage, i) => (
          <li key={i}>
            <figure className="quote">
              <blockquote>
                <p>{passage.quote}</p>
              </blockquote>
              <figcaption>{passage.cite}</figcaption>
            </figure>
          </li>
        ))}
      </ol>
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
    </aside>
  );
}
