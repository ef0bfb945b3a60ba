import { useMemo, type ReactNode } from 'react';
import { VoiceSchema, type EventListing, type Faction, type Person, type Voice } from '../../data/schemas';
import type { Filters } from '../../state/slices';
import { chipColours, chipsFor, countFilterable, countVoices } from './chip-counts';
import { FilterChips } from './filter-chips';
import { PersonPicker } from './person-picker';
import './filters-panel.css';

export interface FiltersPanelProps {
  /** For the Filters button's aria-controls. */
  id: string;
  open: boolean;
  /** Every event: the chips' totals. */
  events: readonly EventListing[];
  /** The events shown now: how they split by faction, kind, voice and person. */
  results: readonly EventListing[];
  factions: readonly Faction[];
  people: readonly Person[];
  filters: Filters;
  onToggle: (key: 'factions' | 'kinds' | 'people', id: string) => void;
  onVoice: (voice: Voice) => void;
  /** Closes the panel and gives focus back to the Filters button. */
  onClose: () => void;
  /**
   * Shown first: the active filters, which live here while the panel is open (and on a phone,
   * where the bar has no room for them).
   */
  children?: ReactNode;
}

/**
 * The choices behind the Filters button, in the page's flow under the bar: it pushes the timeline
 * down rather than covering it, and stays open while chips are toggled, so several can be chosen
 * and their effect watched. Always in the DOM (hidden when closed) so aria-controls points at it;
 * its chips and picker are drawn, and the events counted for them, only while it is open: off the
 * page's first view and off every change made with it closed (a pass over 10,000 events each).
 */
export function FiltersPanel(props: FiltersPanelProps) {
  const { id, open, onClose } = props;
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
      {open && <PanelChoices {...props} />}
    </div>
  );
}

/** The one voice the panel offers to keep: a class reading the years' own words. */
const VOICE_OPTIONS = [{ id: 'participant', label: 'Words of the time only' }];

/** The panel's chips and person picker, with how many events each would keep. */
function PanelChoices(props: FiltersPanelProps) {
  const { events, results, factions, people, filters, onToggle, onClose } = props;
  const totals = useMemo(() => countFilterable(events), [events]);
  const narrowed = results.length !== events.length;
  const shown = useMemo(() => (narrowed ? countFilterable(results) : null), [narrowed, results]);
  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const voiceTotals = useMemo(() => countVoices(events, peopleById), [events, peopleById]);
  const voicesShown = useMemo(
    () => (narrowed ? countVoices(results, peopleById) : null),
    [narrowed, results, peopleById],
  );
  const factionChips = chipsFor(
    factions.map((f) => ({ id: f.id, label: f.name, colours: chipColours(f) })),
    totals.factions,
    shown?.factions ?? null,
  );
  const kindOptions = [...totals.kinds.keys()].sort().map((k) => ({ id: k, label: k }));
  const kindChips = chipsFor(kindOptions, totals.kinds, shown?.kinds ?? null);
  const voiceChips = chipsFor(VOICE_OPTIONS, voiceTotals, voicesShown);
  return (
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
          counts={totals.people}
          chosen={filters.people}
          onToggle={(personId) => onToggle('people', personId)}
        />
        <button type="button" className="text-button filters-panel__done" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
