import { DATA_URLS } from './data-urls';
import type { ListingFiles } from './first-view-files';
import { checkDetailRecords, type CheckedDetails } from './join-details';
import type { EventListing } from './schemas';
import { listingCheckSteps, type DatasetResult } from './validate-dataset';
import { runSteps, type Steps } from '../lib/steps';

/** A file that is not JSON at all is the one failure that rejects: nothing in it can be used. */
function parseJson(bytes: ArrayBuffer, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
}

/**
 * Reads and checks what the timeline draws, a step per file read and per record checked (the
 * page runs them in slices: load-dataset.ts). Throws only on a file that is not JSON.
 */
export function* listingFilesCheckSteps(files: ListingFiles): Steps<DatasetResult<EventListing>> {
  const events = parseJson(files.listing, DATA_URLS.listing);
  yield;
  const factions = parseJson(files.factions, DATA_URLS.factions);
  const people = parseJson(files.people, DATA_URLS.people);
  yield;
  return yield* listingCheckSteps({ events, factions, people });
}

/** listingFilesCheckSteps, run at once. */
export function checkListingFiles(files: ListingFiles): DatasetResult<EventListing> {
  return runSteps(listingFilesCheckSteps(files));
}

/** Reads and checks the events' text, record by record. Throws only on a file that is not JSON. */
export function checkDetailsFile(bytes: ArrayBuffer): CheckedDetails {
  return checkDetailRecords(parseJson(bytes, DATA_URLS.details));
}
