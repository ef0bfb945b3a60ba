import type { DataError } from './data-error';
import { EventDetailsSchema, type EventDetails, type EventListing, type HistoricalEvent } from './schemas';
import { SERVED_EVENT_FILES } from './split-events';
import { parseRecords, type DatasetResult, type Listing } from './validate-dataset';

const FILE = SERVED_EVENT_FILES.details;

/** The listing keeps who speaks in each passage; the details must say the same. */
function speakersMatch(event: EventListing, details: EventDetails): boolean {
  return (
    event.passages.length === details.passages.length &&
    event.passages.every((p, i) => p.speaker === details.passages[i]?.speaker)
  );
}

/** The events' text, each record checked on its own: what the worker hands back to the page. */
export interface CheckedDetails {
  details: EventDetails[];
  errors: DataError[];
}

/**
 * Checks the records of data/event-details.json (raw). This is the long part with many events,
 * and needs no listing, so it can run in a worker (check.worker.ts). Never throws on bad data.
 */
export function checkDetailRecords(rawDetails: unknown): CheckedDetails {
  const errors: DataError[] = [];
  return { details: parseRecords(FILE, rawDetails, EventDetailsSchema, errors), errors };
}

/**
 * Joins checked text to a checked listing, by id. An event whose text is missing or does not
 * fit its listing is left out and reported, as is text for an event the listing does not have.
 * The listing's order is kept.
 */
export function joinCheckedDetails(listing: Listing, checked: CheckedDetails): DatasetResult {
  const errors = [...checked.errors];
  const byId = new Map(checked.details.map((d) => [d.id, d]));
  // Records that failed their own check are reported already, not again as missing.
  const reported = new Set(errors.map((e) => e.id));
  const events: HistoricalEvent[] = [];
  for (const event of listing.events) {
    const details = byId.get(event.id);
    byId.delete(event.id);
    if (!details) {
      if (!reported.has(event.id)) {
        errors.push({
          file: FILE,
          id: event.id,
          field: '(record)',
          message: 'has no details (summary, passages)',
        });
      }
      continue;
    }
    if (!speakersMatch(event, details)) {
      errors.push({
        file: FILE,
        id: event.id,
        field: 'passages',
        message: `do not match the passages in ${SERVED_EVENT_FILES.listing}`,
      });
      continue;
    }
    // The text's passages take the voice the listing resolved (split-events.ts), as the
    // listing's filters had it.
    const passages = details.passages.map((passage, i) => {
      const voice = event.passages[i]?.voice;
      return voice === undefined ? passage : { ...passage, voice };
    });
    events.push({ ...event, ...details, passages });
  }
  for (const id of byId.keys()) {
    errors.push({ file: FILE, id, field: 'id', message: `is not an event in ${SERVED_EVENT_FILES.listing}` });
  }
  return { dataset: { ...listing, events }, errors };
}
