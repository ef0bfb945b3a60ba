import { useId } from 'react';
import type { ListSort, SortDirection, SortKey } from './sort-events';

const ALPHABETICAL = { ascending: 'A to Z', descending: 'Z to A' };

/** Each key's name and its order's words, so "descending" reads as what it means for it. */
const KEYS: Record<SortKey, { label: string; directions: Record<SortDirection, string> }> = {
  date: { label: 'Date', directions: { ascending: 'Oldest first', descending: 'Newest first' } },
  title: { label: 'Title', directions: ALPHABETICAL },
  factions: { label: 'Factions', directions: ALPHABETICAL },
  kind: { label: 'Kind', directions: ALPHABETICAL },
};

const isKey = (value: string): value is SortKey => Object.hasOwn(KEYS, value);
const toKey = (value: string): SortKey => (isKey(value) ? value : 'date');
const toDirection = (value: string): SortDirection => (value === 'descending' ? 'descending' : 'ascending');

/**
 * The cards' sort menus: on a phone the table, and its column buttons, are hidden. They read and
 * set the same sort as those buttons, so turning the phone keeps the order.
 */
export function CardSort({ sort, onSort }: { sort: ListSort; onSort: (sort: ListSort) => void }) {
  const id = useId();
  return (
    <div className="card-sort" role="group" aria-label="Order of the events">
      <span className="card-sort__field">
        <label htmlFor={`${id}-key`}>Sort by</label>
        <select
          id={`${id}-key`}
          value={sort.key}
          onChange={(e) => onSort({ ...sort, key: toKey(e.currentTarget.value) })}
        >
          {Object.entries(KEYS).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </span>
      <span className="card-sort__field">
        <label htmlFor={`${id}-direction`}>Order</label>
        <select
          id={`${id}-direction`}
          value={sort.direction}
          onChange={(e) => onSort({ ...sort, direction: toDirection(e.currentTarget.value) })}
        >
          <option value="ascending">{KEYS[sort.key].directions.ascending}</option>
          <option value="descending">{KEYS[sort.key].directions.descending}</option>
        </select>
      </span>
    </div>
  );
}
