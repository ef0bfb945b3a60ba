import type { EventListing, Person } from '../../data/schemas';
import { voiceOf } from '../../data/voice';
import type { Filters } from '../../state/slices';

/**
 * The events every view shows. Within one kind of filter any choice matches (factions A or B);
 * across kinds all must (faction A and kind congress and the search). Order is kept. A voice
 * keeps the events that quote at least one passage in it: the listing's passages carry their voice
 * resolved, the whole events' passages only where the data states it, so voiceOf derives the rest
 * from the speaker (`peopleById`).
 */
export function filterEvents<E extends EventListing>(
  events: readonly E[],
  filters: Omit<Filters, 'q'>,
  searchIds: ReadonlySet<string> | null,
  peopleById: ReadonlyMap<string, Pick<Person, 'voice'>>,
): E[] {
  const factions = new Set(filters.factions);
  const kinds = new Set(filters.kinds);
  const people = new Set(filters.people);
  const { voice } = filters;
  return events.filter(
    (e) =>
      (factions.size === 0 || e.factions.some((f) => factions.has(f))) &&
      (kinds.size === 0 || kinds.has(e.kind)) &&
      (people.size === 0 ||
        e.people.some((p) => people.has(p)) ||
        e.passages.some((p) => p.speaker !== undefined && people.has(p.speaker))) &&
      (voice === null || e.passages.some((p) => voiceOf(p, peopleById) === voice)) &&
      (searchIds === null || searchIds.has(e.id)),
  );
}

export function hasFilters(filters: Filters): boolean {
  return (
    filters.factions.length + filters.kinds.length + filters.people.length > 0 ||
    filters.q.trim() !== '' ||
    filters.voice !== null
  );
}
