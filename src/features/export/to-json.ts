import {
  EventSchema,
  PassageSchema,
  type Faction,
  type HistoricalEvent,
  type Passage,
  type Person,
} from '../../data/schemas';
import { namesOf } from './names';

/*
 * Keys in the schema's order, which is the order data/events.json is written in: an export can
 * be diffed against the repository's file, or dropped back into it. Taken from the schemas
 * themselves so a field added there is exported without touching this file.
 */
const EVENT_KEYS = Object.keys(EventSchema.shape);
const PASSAGE_KEYS = Object.keys(PassageSchema.shape);

/** A copy with `keys` first, in that order, then any other own keys; absent optionals are left out. */
function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  // Keys the schema does not know (none after validation) are kept rather than lost.
  for (const key of Object.keys(source))
    if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * The event in the schema's order, with `factionNames` and `peopleNames` right after the ids
 * they name (same order, an id with no record kept as it is), so the file reads without
 * data/factions.json and data/people.json beside it. Without those two keys it is the event as
 * data/events.json holds it.
 */
function canonicalEvent(
  event: HistoricalEvent,
  factions: readonly Faction[],
  people: readonly Person[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ordered(event, EVENT_KEYS))) {
    out[key] = value;
    if (key === 'factions') out.factionNames = namesOf(event.factions, factions);
    if (key === 'people') out.peopleNames = namesOf(event.people, people);
  }
  out.passages = event.passages.map((p: Passage) => ordered(p, PASSAGE_KEYS));
  return out;
}

/** The events in the data schema, names beside ids, pretty-printed as data/events.json is, with a final newline. */
export function eventsToJson(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): string {
  return `${JSON.stringify(
    events.map((e) => canonicalEvent(e, factions, people)),
    null,
    2,
  )}\n`;
}
