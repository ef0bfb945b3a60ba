import { useState } from 'react';
import { formatRange, parseDate } from '../../dates';
import type { Faction, HistoricalEvent } from '../../data/schemas';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../filters/highlighted';
import { sortEvents, type SortDirection, type SortKey } from './sort-events';
import './list-view.css';

export interface ListViewProps {
  events: readonly HistoricalEvent[];
  factions: readonly Faction[];
  terms: readonly string[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

const dateOf = (e: HistoricalEvent) => {
  const start = parseDate(e.start);
  return start
    ? formatRange(start, e.end === undefined ? undefined : (parseDate(e.end) ?? undefined))
    : e.start;
};

/**
 * The filtered events as a table: the screen-reader route through the timeline, and, printed,
 * a handout with every quotation and citation.
 */
export default function ListView({ events, factions, terms, selectedId, onOpen }: ListViewProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'ascending',
  });
  const sorted = sortEvents(events, sort.key, sort.direction);
  const factionName = (id: string) => factions.find((f) => f.id === id)?.name ?? id;

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title" className="list-view__title">
        Events <span className="list-view__count">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p>No event matches these filters.</p>
      ) : (
        <table className="event-table">
          <caption className="sr-only">Events matching the filters, sortable by date and title</caption>
          <thead>
            <tr>
              {header('date', 'Date')}
              {header('title', 'Title')}
              <th scope="col">Factions</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((e) => (
              <tr key={e.id} aria-current={e.id === selectedId ? 'true' : undefined}>
                <td className="event-table__date">{dateOf(e)}</td>
                <th scope="row">
                  <a
                    href={hrefFor({ view: 'list', event: e.id })}
                    onClick={(ev) => {
                      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
                      ev.preventDefault();
                      onOpen(e.id);
                    }}
                  >
                    <Highlighted text={e.title} terms={terms} />
                  </a>
                </th>
                <td>{e.factions.map(factionName).join(', ')}</td>
                <td>{e.kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="handout" aria-hidden="true">
        {sorted.map((e) => (
          <article key={e.id} className="handout__event">
            <h3>
              {dateOf(e)} — {e.title}
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
    </section>
  );
}
