import type { CSSProperties } from 'react';
import { CardSort } from './card-sort';
import { formatEventDate } from '../../dates';
import { EventLink } from './event-link';
import { factionColour } from '../../ui/faction-colour';
import type { EventTableProps } from './event-table';
import './event-cards.css';

/** The same events, sort and callbacks as the table's, on a phone. */
export type EventCardsProps = EventTableProps;

/**
 * The events as cards, for phones (list-view.css shows them at 640 px and below, in place of the
 * table): every column of the table, stacked, so nothing is dropped and nothing scrolls sideways.
 */
export function EventCards({
  events,
  factionsById,
  terms,
  selectedId,
  onOpen,
  sort,
  onSort,
}: EventCardsProps) {
  return (
    <div className="event-cards">
      <CardSort sort={sort} onSort={onSort} />
      <ul className="event-cards__list" aria-label="Events">
        {events.map((e) => (
          <li key={e.id} className="event-card" aria-current={e.id === selectedId ? 'true' : undefined}>
            <h3 className="event-card__title">
              <EventLink event={e} terms={terms} onOpen={onOpen} />
            </h3>
            <dl className="event-card__facts">
              <dt>Date</dt>
              <dd>{formatEventDate(e)}</dd>
              <dt>{e.factions.length === 1 ? 'Faction' : 'Factions'}</dt>
              <dd>
                <ul className="event-card__factions">
                  {e.factions.map((id) => {
                    const faction = factionsById.get(id);
                    const style = faction
                      ? ({ '--faction': factionColour(faction) } as CSSProperties)
                      : undefined;
                    return (
                      <li key={id} style={style}>
                        <span className="event-card__swatch" aria-hidden="true" />
                        {faction?.name ?? id}
                      </li>
                    );
                  })}
                </ul>
              </dd>
              <dt>Kind</dt>
              <dd>{e.kind}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
