import { checkDetailsFile } from './check-files';
import type { DetailsReply, DetailsRequest } from './check-messages';
import type { CheckedDetails } from './join-details';

/** Loads and checks data/event-details.json once; see detailsChecker. */
export type DetailsCheck = () => Promise<CheckedDetails>;

/** Where the file is, for the worker, and how the page fetches it when it must check it itself. */
export interface DetailsSource {
  href: string;
  fetchOnPage: () => Promise<ArrayBuffer>;
}

/**
 * Loads and checks data/event-details.json in a worker (check.worker.ts), so that the page
 * stays free for input while the text arrives: the file's bytes never reach the page's thread.
 * The worker starts at once, so its script loads while the caller waits to ask; it ends after
 * its one answer. Where there are no workers, or the worker cannot start or dies, the page
 * fetches and checks the file itself: slower, never lost. A file the worker could not load or
 * read rejects with the worker's reason.
 */
export function detailsChecker(source: DetailsSource): DetailsCheck {
  const worker = startWorker();
  // Listened for from the start: a script that fails to load says so before the worker is asked.
  const reply =
    worker &&
    new Promise<DetailsReply | null>((resolve) => {
      worker.addEventListener('message', (e: MessageEvent<DetailsReply>) => resolve(e.data));
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        resolve(null);
      });
    });
  return async () => {
    let answer: DetailsReply | null = null;
    if (worker && reply) {
      worker.postMessage({ href: source.href } satisfies DetailsRequest);
      answer = await reply;
      worker.terminate();
    }
    if (answer === null) return checkDetailsFile(await source.fetchOnPage());
    if (!answer.ok) throw new Error(answer.message);
    return answer.checked;
  };
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./check.worker.ts', import.meta.url), {
      type: 'module',
      name: 'events-text-check',
    });
  } catch {
    return null;
  }
}
