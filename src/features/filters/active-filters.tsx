import { useEffect, useRef, type RefObject } from 'react';
import type { Faction, Person } from '../../data/schemas';
import { VOICE_LABELS } from '../../data/voice';
import type { Filters } from '../../state/slices';
import './active-filters.css';

export interface ActiveFiltersProps {
  filters: Filters;
  factions: readonly Faction[];
  people: readonly Person[];
  onToggle: (key: 'factions' | 'kinds' | 'people', id: string) => void;
  onQuery: (q: string) => void;
  onRemoveVoice: () => void;
  onClear: () => void;
  /** Where focus goes when the last filter is removed: the Filters button. */
  fallback: RefObject<HTMLButtonElement | null>;
  /** Said when no filter is in force; nothing is said where it is not given. */
  emptyText?: string | undefined;
}

interface ActiveFilter {
  key: string;
  label: string;
  remove: () => void;
}

function activeFilters(props: ActiveFiltersProps): ActiveFilter[] {
  const { filters, factions, people, onToggle, onQuery, onRemoveVoice } = props;
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((item) => item.id === id)?.name ?? id;
  const query = filters.q.trim();
  return [
    ...filters.factions.map((id) => ({
      key: `faction:${id}`,
      label: nameOf(factions, id),
      remove: () => onToggle('factions', id),
    })),
    ...filters.kinds.map((id) => ({ key: `kind:${id}`, label: id, remove: () => onToggle('kinds', id) })),
    ...filters.people.map((id) => ({
      key: `person:${id}`,
      label: nameOf(people, id),
      remove: () => onToggle('people', id),
    })),
    ...(filters.voice === null
      ? []
      : [{ key: 'voice', label: `${VOICE_LABELS[filters.voice]} only`, remove: onRemoveVoice }]),
    ...(query === '' ? [] : [{ key: 'q', label: `Search “${query}”`, remove: () => onQuery('') }]),
  ];
}

/**
 * Each filter in force as a chip that removes it, and Clear all while any is. Focus never falls to the page
 * when its chip goes: it moves to the chip that took its place (the next, or the one before when
 * it was the last), or to the Filters button when none is left.
 */
export function ActiveFilters(props: ActiveFiltersProps) {
  const items = activeFilters(props);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /**
   * The chips just removed (one, or all of them by Clear all) and where the first stood: its
   * successor takes the focus after the render that has them gone. Another render may come
   * first (the timeline gliding to its new window), with them still there: it waits.
   */
  const removed = useRef<{ keys: string[]; at: number } | null>(null);

  useEffect(() => {
    const gone = removed.current;
    if (!gone || items.some((item) => gone.keys.includes(item.key))) return;
    removed.current = null;
    const next = items[Math.min(gone.at, items.length - 1)];
    (next ? buttons.current.get(next.key) : props.fallback.current)?.focus();
  });

  // Nothing in force: no chips and no Clear all (a disabled one took the room that kept the bar
  // to one row on a 1200 px laptop).
  if (items.length === 0) {
    return (
      <div className="active-filters">
        {props.emptyText && <p className="active-filters__none">{props.emptyText}</p>}
      </div>
    );
  }
  return (
    <div className="active-filters">
      <ul className="active-filters__list" aria-label="Active filters">
        {items.map((item, index) => (
          <li key={item.key}>
            <button
              ref={(el) => {
                if (el) buttons.current.set(item.key, el);
                else buttons.current.delete(item.key);
              }}
              type="button"
              className="active-filter"
              aria-label={`Remove filter: ${item.label}`}
              onClick={() => {
                removed.current = { keys: [item.key], at: index };
                item.remove();
              }}
            >
              {item.label}
              <span className="active-filter__x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          removed.current = { keys: items.map((item) => item.key), at: 0 };
          props.onClear();
        }}
      >
        Clear all
      </button>
    </div>
  );
}
