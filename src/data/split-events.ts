import { VOICES, type Passage, type Person, type Voice } from './schemas';
import { voiceOf } from './voice';

/**
 * data/events.json, the file editors keep, is served as two: what the timeline draws
 * (data/timeline.json, loaded with the page) and the events' text (data/event-details.json,
 * loaded after the first draw). With 10,000 events the text is three quarters of the bytes, and
 * of the time spent reading and checking them.
 *
 * The split works on raw JSON, not on checked events: the dev server splits the file as it is
 * being edited, and a malformed record must still reach the browser's checks, which name it.
 */

export const SERVED_EVENT_FILES = {
  listing: 'data/timeline.json',
  details: 'data/event-details.json',
} as const;

/** The fields that only the event's text needs; everything else is drawn (or checked) first. */
const DETAIL_KEYS = ['summary', 'passages', 'sourceDate', 'note'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type PeopleById = ReadonlyMap<string, Pick<Person, 'voice'>>;

/** The people's voices, from the raw people file: records that do not say are left out. */
function voicesOf(people: unknown): PeopleById {
  const byId = new Map<string, Pick<Person, 'voice'>>();
  if (!Array.isArray(people)) return byId;
  for (const person of people) {
    if (!isRecord(person) || typeof person.id !== 'string') continue;
    if (person.voice === 'participant' || person.voice === 'historian') {
      byId.set(person.id, { voice: person.voice });
    }
  }
  return byId;
}

const isVoice = (value: unknown): value is Voice => (VOICES as readonly unknown[]).includes(value);

/** What voiceOf reads of a raw passage, where it is of the right type. */
function voiceFields(passage: Record<string, unknown>): Pick<Passage, 'voice' | 'speaker' | 'work'> {
  const fields: Pick<Passage, 'voice' | 'speaker' | 'work'> = {};
  if (isVoice(passage.voice)) fields.voice = passage.voice;
  if (typeof passage.speaker === 'string') fields.speaker = passage.speaker;
  if (typeof passage.work === 'string') fields.work = passage.work;
  return fields;
}

/**
 * A passage as the listing keeps it: who speaks, for the person filter, and whose voice it is
 * (voice.ts), for the voice filter; both before the text has loaded.
 */
function listed(passage: unknown, people: PeopleById): unknown {
  if (!isRecord(passage)) return passage;
  const head: Record<string, unknown> = 'speaker' in passage ? { speaker: passage.speaker } : {};
  const voice = voiceOf(voiceFields(passage), people);
  // A voice that cannot be told is left out: the validator has named the passage.
  if (voice !== null) head.voice = voice;
  return head;
}

export interface SplitEvents {
  listing: unknown;
  details: unknown;
}

/**
 * Splits the events file's content, given the people file's (whose voices the passages take).
 * Anything that is not an array of records is passed to the listing unchanged, so the browser
 * reports it; unknown fields stay in the listing for the same reason.
 */
export function splitEvents(events: unknown, people: unknown): SplitEvents {
  if (!Array.isArray(events)) return { listing: events, details: [] };
  const voices = voicesOf(people);
  const listing: unknown[] = [];
  const details: unknown[] = [];
  for (const event of events) {
    if (!isRecord(event)) {
      listing.push(event);
      continue;
    }
    const head: Record<string, unknown> = {};
    const text: Record<string, unknown> = { id: event.id };
    for (const [key, value] of Object.entries(event)) {
      if (!(DETAIL_KEYS as readonly string[]).includes(key)) head[key] = value;
      else text[key] = value;
    }
    if ('passages' in event) {
      head.passages = Array.isArray(event.passages)
        ? event.passages.map((p) => listed(p, voices))
        : event.passages;
    }
    listing.push(head);
    details.push(text);
  }
  return { listing, details };
}
