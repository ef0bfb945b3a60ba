import type { CheckedDetails } from './join-details';

/** What the page sends the worker (check.worker.ts): the bytes of data/event-details.json. */
export interface DetailsRequest {
  bytes: ArrayBuffer;
}

/** What the worker answers: the checked records, or why the file could not be read at all. */
export type DetailsReply = { ok: true; checked: CheckedDetails } | { ok: false; message: string };
