import type { ReactNode } from 'react';
import { VoiceSchema, type Person, type Voice } from '../../data/schemas';
import type { Filters } from '../../state/slices';
import type { Chip, Counts } from './chip-counts';
import { FilterChips } from './filter-chips';
import { PersonPicker } from './person-picker';
import './filters-panel.css';

export interface FiltersPanelProps {
  /** For the Filters button's aria-controls. */
  id: string;
  open: boolean;
  factionChips: readonly Chip[];
  kindChips: readonly Chip[];
  /** The voices a reader can keep to, by their `Voice` ids. */
  voiceChips: readonly Chip[];
  people: readonly Person[];
  personCounts: Counts;
  filters: Filters;
  onToggle: (key: 'factions' | 'kinds' | 'people', id: string) => void;
  onVoice: (voice: Voice) => void;
  /** Closes the panel and gives focus back to the Filters button. */
  onClose: () => void;
  /** Shown first: on a phone the bar has no room for the active filters, so they live here. */
  children?: ReactNode;
}

/**
 * The choices behind the Filters button, in the page's flow under the bar: it pushes the timeline
 * down rather than covering it, and stays open while chips are toggled, so several can be chosen
 * and their effect watched. Always in the DOM (hidden when closed) so aria-controls points at it;
 * its chips and picker are drawn only while it is open, off the page's first view.
 */
export function FiltersPanel(props: FiltersPanelProps) {
  const { id, open, factionChips, kindChips, voiceChips, people, personCounts, filters, onToggle, onClose } =
    props;
  return (
    <div
      id={id}
      className="filters-panel"
      role="group"
      aria-label="Filter by faction, kind of event, voice and person"
      hidden={!open}
      onKeyDown={(e) => {
        // The event panel closes on an Escape nobody has claimed: this one closes only the filters.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      {open && props.children}
      {open && (
        <>
          {/* First, where a class looking for the years' own words finds it without scrolling. */}
          <FilterChips
            legend="Quotations"
            chips={voiceChips}
            selected={filters.voice === null ? [] : [filters.voice]}
            onToggle={(chipId) => {
              const voice = VoiceSchema.safeParse(chipId);
              if (voice.success) props.onVoice(voice.data);
            }}
          />
          <FilterChips
            legend="Factions"
            chips={factionChips}
            selected={filters.factions}
            onToggle={(chipId) => onToggle('factions', chipId)}
          />
          <FilterChips
            legend="Kinds of event"
            chips={kindChips}
            selected={filters.kinds}
            onToggle={(chipId) => onToggle('kinds', chipId)}
          />
          <div className="filters-panel__end">
            <PersonPicker
              people={people}
              counts={personCounts}
              chosen={filters.people}
              onToggle={(personId) => onToggle('people', personId)}
            />
            <button type="button" className="text-button filters-panel__done" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </div>
  );
}
