/// <reference lib="webworker" />
import { config } from 'zod/mini';
import { checkDetailsFile } from './check-files';
import type { DetailsReply, DetailsRequest } from './check-messages';
import { DATA_URLS } from './data-urls';
import { fetchBytesAt } from './first-view-files';

// Loads and checks the events' text off the page's thread. With 10,000 events that is the
// longest task after the first draw; on the page it held up clicks and scrolling meanwhile. The
// file is fetched here too: on the page, the arrival of its bytes alone (read and decoded, some
// 17 MB) was a quarter of a second of the page's thread, often before the first draw.

// The page's Content-Security-Policy (a meta tag) does not reach a worker, which would let zod
// compile its checks with eval. The worker keeps to the page's rule, no eval, and checks the
// same way as the page does when it has to check itself (see checker.ts).
config({ jitless: true });

async function loadAndCheck(href: string): Promise<DetailsReply> {
  try {
    return { ok: true, checked: checkDetailsFile(await fetchBytesAt(href, DATA_URLS.details)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener('message', (e: MessageEvent<DetailsRequest>) => {
  void loadAndCheck(e.data.href).then((reply) => postMessage(reply));
});
