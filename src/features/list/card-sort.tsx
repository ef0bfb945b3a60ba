import { useId } from 'react';
import type { ListSort, SortDirection, SortKey } from './sort-events';

/** The order's words for each key, so "descending" reads as what it means for dates or titles. */
const DIRECTION_LABELS: Record<SortKey, Record<SortDirection, string>> = {
  date: { ascending: 'Oldest first', descending: 'Newest first' },
  title: { ascending: 'A to Z', descending: 'Z to A' },
};

const toKey = (value: string): SortKey => (value === 'title' ? 'title' : 'date');
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
          <option value="date">Date</option>
          <option value="title">Title</option>
        </select>
      </span>
      <span className="card-sort__field">
        <label htmlFor={`${id}-direction`}>Order</label>
        <select
          id={`${id}-direction`}
          value={sort.direction}
          onChange={(e) => onSort({ ...sort, direction: toDirection(e.currentTarget.value) })}
        >
          <option value="ascending">{DIRECTION_LABELS[sort.key].ascending}</option>
          <option value="descending">{DIRECTION_LABELS[sort.key].descending}</option>
        </select>
      </span>
    </div>
  );
}
