import type { HistoricalEvent } from '../../data/schemas';
import { formatEventDate } from '../../dates';

/**
 * Every event with its summary, quotations and citations: shown only in print (list-view.css),
 * where it replaces the table and the cards. Hidden from screen readers, who have those.
 */
export function ListHandout({ events }: { events: readonly HistoricalEvent[] }) {
  return (
    <div className="handout" aria-hidden="true">
      {events.map((e) => (
        <article key={e.id} className="handout__event">
          <h3>
            {formatEventDate(e)} — {e.title}
          </h3>
          <p>{e.summary}</p>
          {e.passages.map((p, i) => (
            <blockquote key={i}>
              <p>“{p.quote}”</p>
              <footer>{p.cite}</footer>
            </blockquote>
          ))}
          {e.note && <p className="handout__note">Note: {e.note}</p>}
        </article>
      ))}
    </div>
  );
}
