import type { Faction, HistoricalEvent } from '../../data/schemas';
import { formatEventDate } from '../../dates';
import { EventLink } from './event-link';
import type { ListSort, SortDirection, SortKey } from './sort-events';

export interface EventTableProps {
  /** Already in the order `sort` describes. */
  events: readonly HistoricalEvent[];
  factionsById: ReadonlyMap<string, Faction>;
  terms: readonly string[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
}

/** The events as a table, sorted by its column buttons: the list on wider screens. */
export function EventTable({
  events,
  factionsById,
  terms,
  selectedId,
  onOpen,
  sort,
  onSort,
}: EventTableProps) {
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => onSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="event-table">
      <caption className="sr-only">Events matching the filters, sortable by each column</caption>
      <thead>
        <tr>
          {header('date', 'Date')}
          {header('title', 'Title')}
          {header('factions', 'Factions')}
          {header('kind', 'Kind')}
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} aria-current={e.id === selectedId ? 'true' : undefined}>
            <td className="event-table__date">{formatEventDate(e)}</td>
            <th scope="row">
              <EventLink event={e} terms={terms} onOpen={onOpen} />
            </th>
            <td>{e.factions.map((id) => factionsById.get(id)?.name ?? id).join(', ')}</td>
            <td>{e.kind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
