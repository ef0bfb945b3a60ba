import type { CheckedDetails } from './join-details';

/** What the page sends the worker (check.worker.ts): where data/event-details.json is. */
export interface DetailsRequest {
  href: string;
}

/** What the worker answers: the checked records, or why the file could not be loaded or read. */
export type DetailsReply = { ok: true; checked: CheckedDetails } | { ok: false; message: string };
