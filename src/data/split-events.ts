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

/**
 * A raw passage's voice, or null where nothing tells it: voice.ts's rule, given by the caller
 * (`rawVoiceResolver`), as this module imports nothing, for the build's config to load it as is.
 */
export type RawVoiceResolver = (passage: Readonly<Record<string, unknown>>) => unknown;

/** A passage as the listing keeps it: who speaks and in whose voice, for the person and voice filters. */
function listedPassage(passage: unknown, voiceOf: RawVoiceResolver): unknown {
  if (!isRecord(passage)) return passage;
  const listed: Record<string, unknown> = 'speaker' in passage ? { speaker: passage.speaker } : {};
  const voice = voiceOf(passage);
  if (voice !== null && voice !== undefined) listed.voice = voice;
  return listed;
}

export interface SplitEvents {
  listing: unknown;
  details: unknown;
}

/**
 * Splits the events file's content, each listed passage with the voice `voiceOf` gives. Anything that is not an array of records is passed to the
 * listing unchanged, so the browser reports it; unknown fields stay in the listing for the same
 * reason.
 */
export function splitEvents(events: unknown, voiceOf: RawVoiceResolver = () => null): SplitEvents {
  if (!Array.isArray(events)) return { listing: events, details: [] };
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
        ? event.passages.map((p) => listedPassage(p, voiceOf))
        : event.passages;
    }
    listing.push(head);
    details.push(text);
  }
  return { listing, details };
}
