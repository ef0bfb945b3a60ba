import { EventSchema, PassageSchema, type HistoricalEvent, type Passage } from '../../data/schemas';

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

function canonicalEvent(event: HistoricalEvent): Record<string, unknown> {
  return {
    ...ordered(event, EVENT_KEYS),
    passages: event.passages.map((p: Passage) => ordered(p, PASSAGE_KEYS)),
  };
}

/** The events in the data schema, pretty-printed as data/events.json is, with a final newline. */
export function eventsToJson(events: readonly HistoricalEvent[]): string {
  return `${JSON.stringify(events.map(canonicalEvent), null, 2)}\n`;
}
