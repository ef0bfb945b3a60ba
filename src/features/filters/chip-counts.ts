import type { EventListing, Faction, Person } from '../../data/schemas';
import { voiceOf } from '../../data/voice';
import { factionColour } from '../../ui/faction-colour';

export type Counts = ReadonlyMap<string, number>;

export interface FilterCounts {
  factions: Counts;
  kinds: Counts;
  people: Counts;
}

/** How many events each faction, kind and person has: one pass, as it runs for every event. */
export function countFilterable(events: readonly EventListing[]): FilterCounts {
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

/**
 * How many events quote each voice at least once. The listing's passages carry their voice, the
 * whole events' only where the data states it: voiceOf derives the rest from the speaker.
 */
export function countVoices(
  events: readonly EventListing[],
  peopleById: ReadonlyMap<string, Pick<Person, 'voice'>>,
): Counts {
  const counts = new Map<string, number>();
  for (const e of events) {
    const voices = new Set(e.passages.map((p) => voiceOf(p, peopleById)));
    for (const voice of voices) if (voice !== null) counts.set(voice, (counts.get(voice) ?? 0) + 1);
  }
  return counts;
}

/** A faction's colour for its chip. */
export interface ChipColours {
  /** A CSS colour for both themes: `light-dark()` of the faction's two colours. */
  fill: string;
}

export interface Chip {
  id: string;
  label: string;
  /** Faction colours; chips without them are drawn neutral. */
  colours?: ChipColours;
  /** Events of the whole set that carry it. */
  total: number;
  /**
   * Of the events shown now, those that carry it; null when every event is shown, where it would
   * only repeat the total.
   */
  shown: number | null;
}

/** A faction's chip colour, both themes in one (ui/faction-colour.ts); text on it is var(--on-faction). */
export const chipColours = (faction: Pick<Faction, 'colour' | 'colourDark'>): ChipColours => ({
  fill: factionColour(faction),
});

/** The chips of one filter, in the order given, leaving out what no event carries. */
export function chipsFor(
  options: readonly { id: string; label: string; colours?: ChipColours }[],
  totals: Counts,
  shown: Counts | null,
): Chip[] {
  return options
    .filter((o) => totals.has(o.id))
    .map((o) => ({ ...o, total: totals.get(o.id) ?? 0, shown: shown ? (shown.get(o.id) ?? 0) : null }));
}
