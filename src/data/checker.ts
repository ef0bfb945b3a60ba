import { checkDetailsFile } from './check-files';
import type { DetailsReply, DetailsRequest } from './check-messages';
import type { CheckedDetails } from './join-details';

/** Checks data/event-details.json once; see detailsChecker. */
export type DetailsCheck = (bytes: ArrayBuffer) => Promise<CheckedDetails>;

/**
 * Checks data/event-details.json in a worker (check.worker.ts), so that the page stays free for
 * input while the text arrives. The worker starts at once, so its script loads while the caller
 * waits to send the bytes; it ends after its one answer. Where there are no workers, or the worker cannot
 * start or dies, the same check runs on the page: slower, never lost.
 */
export function detailsChecker(): DetailsCheck {
  const worker = startWorker();
  // Listened for from the start: a script that fails to load says so before any bytes are sent.
  const reply =
    worker &&
    new Promise<DetailsReply | null>((resolve) => {
      worker.addEventListener('message', (e: MessageEvent<DetailsReply>) => resolve(e.data));
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        resolve(null);
      });
    });
  return async (bytes) => {
    let answer: DetailsReply | null = null;
    if (worker && reply) {
      // Copied, not transferred: should the worker fail, the page still has the bytes.
      worker.postMessage({ bytes } satisfies DetailsRequest);
      answer = await reply;
      worker.terminate();
    }
    if (answer === null) return checkDetailsFile(bytes);
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
