import { useId, useRef, useState } from 'react';
import type { EventListing, Faction, Person, Voice } from '../../data/schemas';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { ActiveFilters } from './active-filters';
import { ExportMenu, type ExportFormat } from './export-menu';
import { FiltersPanel } from './filters-panel';
import { SearchBox } from './search-box';
import { useMediaQuery } from '../../ui/use-media-query';
import './filter-bar.css';

export type { ExportFormat };

/** Where the bar takes two rows and the active filters move into the panel; filter-bar.css agrees. */
const PHONE = '(max-width: 640px)';

export interface FilterBarProps {
  /** Every event: the totals. */
  events: readonly EventListing[];
  /** The events shown now, after filters and search: the count, and how they split by faction and kind. */
  results: readonly EventListing[];
  factions: readonly Faction[];
  people: readonly Person[];
  searching: boolean;
  onExport: (format: ExportFormat) => void;
}

const selectFilters = (s: AppState) => s.filters;
const onToggle = (key: 'factions' | 'kinds' | 'people', id: string) =>
  useAppStore.getState().toggleFilter(key, id);
const onQuery = (q: string) => useAppStore.getState().setFilters({ q });
const onClear = () => useAppStore.getState().clearFilters();
/** Choosing the voice already chosen lifts the filter. */
const onVoice = (voice: Voice) =>
  useAppStore.getState().setFilters({ voice: useAppStore.getState().filters.voice === voice ? null : voice });
const onRemoveVoice = () => useAppStore.getState().setFilters({ voice: null });

/**
 * One compact row over every list of events: search, the live count, the Filters button with the
 * filters in force beside it (in the panel while it is open, and always on a phone), and export.
 * The chips wait in a panel under the row, so the timeline starts near the top of the screen.
 */
export function FilterBar(props: FilterBarProps) {
  const { events, results, factions, people, searching, onExport } = props;
  const filters = useAppStore(selectFilters);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const filtersButton = useRef<HTMLButtonElement>(null);
  const phone = useMediaQuery(PHONE);

  const chosen =
    filters.factions.length + filters.kinds.length + filters.people.length + (filters.voice === null ? 0 : 1);

  const closePanel = () => {
    setPanelOpen(false);
    filtersButton.current?.focus();
  };
  // While the panel is open they stand at its top, on a line kept for them even when empty: in the
  // row they would wrap it when the first filter came, and every chip would move under the pointer.
  const activeFilters = (inPanel: boolean) => (
    <ActiveFilters
      emptyText={inPanel ? 'No filter chosen yet.' : undefined}
      filters={filters}
      factions={factions}
      people={people}
      onToggle={onToggle}
      onQuery={onQuery}
      onRemoveVoice={onRemoveVoice}
      onClear={onClear}
      fallback={filtersButton}
    />
  );

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <SearchBox query={filters.q} onQuery={onQuery} />
        <p className="filter-bar__count" role="status" aria-live="polite">
          {searching ? 'Searching…' : `${results.length} of ${events.length} events`}
        </p>
        <button
          ref={filtersButton}
          type="button"
          className="text-button disclosure-button filter-bar__toggle"
          aria-expanded={panelOpen}
          aria-controls={panelId}
          aria-label={chosen > 0 ? `Filters, ${chosen} active` : undefined}
          onClick={() => setPanelOpen(!panelOpen)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !panelOpen) return;
            e.preventDefault();
            closePanel();
          }}
        >
          Filters
          {chosen > 0 && <span>· {chosen}</span>}
          <span className="disclosure-button__caret" aria-hidden="true" />
        </button>
        {/* Next to its button in the DOM, so Tab goes from the button into the chips; drawn under the row. */}
        <FiltersPanel
          id={panelId}
          open={panelOpen}
          events={events}
          results={results}
          factions={factions}
          people={people}
          filters={filters}
          onToggle={onToggle}
          onVoice={onVoice}
          onClose={closePanel}
        >
          {(phone || panelOpen) && activeFilters(true)}
        </FiltersPanel>
        {!phone && !panelOpen && activeFilters(false)}
        <ExportMenu shown={results.length} onExport={onExport} />
      </div>
    </section>
  );
}
