import { useId, useMemo } from 'react';
import type { EventKind, EventListing, Faction, Person } from '../../data/schemas';
import type { Filters } from '../../state/slices';
import { hasFilters } from './filter-events';
import { FilterChips } from './filter-chips';
import { preloadSearch } from './use-filtered-events';
import './filter-bar.css';

export type ExportFormat = 'csv' | 'json' | 'timelinejs';

export interface FilterBarProps {
  events: readonly EventListing[];
  factions: readonly Faction[];
  people: readonly Person[];
  filters: Filters;
  shown: number;
  searching: boolean;
  onToggle: (key: 'factions' | 'kinds' | 'people', id: string) => void;
  onQuery: (q: string) => void;
  onClear: () => void;
  onExport: (format: ExportFormat) => void;
}

/** How many events each faction, kind and person has: one pass, as it runs for every event. */
function countAll(events: readonly EventListing[]) {
  const factions = new Map<string, number>();
  const kinds = new Map<string, number>();
  const people = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const e of events) {
    for (const f of e.factions) add(factions, f);
    add(kinds, e.kind);
    for (const p of e.people) add(people, p);
  }
  return { factions, kinds, people };
}

/** Faction chips, kinds, people, search, the live count, clear and export: one bar over every list of events. */
export function FilterBar(props: FilterBarProps) {
  const { events, factions, people, filters, shown, searching, onToggle, onQuery, onClear, onExport } = props;
  const searchId = useId();
  const personId = useId();

  const counts = useMemo(() => countAll(events), [events]);
  const { factions: factionCounts, kinds: kindCounts, people: personCounts } = counts;

  const factionChips = factions
    .filter((f) => factionCounts.has(f.id))
    .map((f) => ({ id: f.id, label: f.name, colour: f.colour, count: factionCounts.get(f.id) ?? 0 }));
  const kindChips = [...kindCounts.keys()]
    .sort()
    .map((k) => ({ id: k, label: k, count: kindCounts.get(k as EventKind) ?? 0 }));
  const choosablePeople = people
    .filter((p) => personCounts.has(p.id) && !filters.people.includes(p.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const chosenPeople = filters.people.map((id) => people.find((p) => p.id === id) ?? { id, name: id });

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <div className="filter-bar__search">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            value={filters.q}
            placeholder="Names, words, quotations…"
            autoComplete="off"
            spellCheck={false}
            onFocus={() => void preloadSearch()}
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
        <p className="filter-bar__count" role="status" aria-live="polite">
          {searching ? 'Searching…' : `${shown} of ${events.length} events`}
        </p>
        <div className="filter-bar__actions">
          <button type="button" className="text-button" onClick={onClear} disabled={!hasFilters(filters)}>
            Clear all
          </button>
          <details className="export-menu">
            <summary className="text-button">Export {shown}</summary>
            <div className="export-menu__items">
              <button type="button" className="text-button" onClick={() => onExport('csv')}>
                CSV (spreadsheet)
              </button>
              <button type="button" className="text-button" onClick={() => onExport('json')}>
                JSON (this project's schema)
              </button>
              <button type="button" className="text-button" onClick={() => onExport('timelinejs')}>
                TimelineJS
              </button>
            </div>
          </details>
        </div>
      </div>
      <FilterChips
        legend="Factions"
        chips={factionChips}
        selected={filters.factions}
        onToggle={(id) => onToggle('factions', id)}
      />
      <details
        className="filter-bar__more"
        open={filters.kinds.length + filters.people.length > 0 || undefined}
      >
        <summary>Kinds of event and people</summary>
        <FilterChips
          legend="Kinds"
          chips={kindChips}
          selected={filters.kinds}
          onToggle={(id) => onToggle('kinds', id)}
        />
        <div className="filter-bar__people">
          <label htmlFor={personId}>Person</label>
          <select
            id={personId}
            value=""
            onChange={(e) => {
              if (e.target.value) onToggle('people', e.target.value);
            }}
          >
            <option value="">Add a person…</option>
            {choosablePeople.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({personCounts.get(p.id)})
              </option>
            ))}
          </select>
          <ul className="chips__list" aria-label="People chosen">
            {chosenPeople.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed="true"
                  onClick={() => onToggle('people', p.id)}
                >
                  <span className="chip__mark" aria-hidden="true">
                    ✓
                  </span>
                  {p.name}
                  <span className="sr-only"> (remove)</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
