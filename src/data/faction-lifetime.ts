import { parseDate } from '../dates';
import type { DataError } from './data-error';
import type { EventListing, Faction } from './schemas';

type Problem = Omit<DataError, 'file' | 'id'>;

/** First and last millisecond a start–end can mean, each date taken at its widest. */
function span(start: string, end: string | undefined): { min: number; max: number } | null {
  const from = parseDate(start);
  const to = parseDate(end ?? start);
  return from && to ? { min: from.min, max: to.max } : null;
}

/**
 * An event carries a faction only within that faction's lifetime: the event's time and the
 * faction's start–end must meet. A faction's forerunners are modelled as their own record,
 * not by stretching its dates back.
 */
export function factionLifetimeProblems(
  event: EventListing,
  factionsById: ReadonlyMap<string, Faction>,
): Problem[] {
  const when = span(event.start, event.end);
  if (!when) return [];
  const dated = event.end === undefined ? event.start : `${event.start} to ${event.end}`;
  return event.factions.flatMap((id, i) => {
    const faction = factionsById.get(id);
    const lifetime = faction && span(faction.start, faction.end);
    if (!faction || !lifetime || (when.min <= lifetime.max && lifetime.min <= when.max)) return [];
    return [
      {
        field: `factions[${i}]`,
        message: `"${id}" existed ${faction.start} to ${faction.end}; the event (${dated}) falls outside it`,
      },
    ];
  });
}
