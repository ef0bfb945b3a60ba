import type { EventListing, Faction } from '../data/schemas';

/** Which lane each event is drawn in, and the lanes that have events, in factions.json order. */
export interface LaneAssignment {
  lanes: Faction[];
  laneOf: ReadonlyMap<string, string>;
}

/**
 * Without a faction filter an event is drawn in the lane of its first faction. With one, it is
 * drawn in the lane of the first of its factions that the reader chose (its factions are listed
 * main one first), so every result sits in a lane the reader asked for, and a faction that is
 * only ever a second faction (the Workers' Truth) gets a lane of its own once chosen.
 */
export function assignLanes(
  events: readonly EventListing[],
  factions: readonly Faction[],
  chosen: readonly string[],
): LaneAssignment {
  const known = new Set(factions.map((f) => f.id));
  const wanted = chosen.length > 0 ? new Set(chosen) : null;
  const laneOf = new Map<string, string>();
  for (const event of events) {
    const lane = wanted ? event.factions.find((f) => wanted.has(f)) : event.factions[0];
    if (lane !== undefined && known.has(lane)) laneOf.set(event.id, lane);
  }
  const used = new Set(laneOf.values());
  return { lanes: factions.filter((f) => used.has(f.id)), laneOf };
}
