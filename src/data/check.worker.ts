/// <reference lib="webworker" />
import { config } from 'zod/mini';
import { checkDetailsFile } from './check-files';
import type { DetailsReply, DetailsRequest } from './check-messages';

// Reads and checks the events' text off the page's thread. With 10,000 events that is the
// longest task after the first draw; on the page it held up clicks and scrolling meanwhile.

// The page's Content-Security-Policy (a meta tag) does not reach a worker, which would let zod
// compile its checks with eval. The worker keeps to the page's rule, no eval, and checks the
// same way as the page does when it has to check itself (see checker.ts).
config({ jitless: true });

addEventListener('message', (e: MessageEvent<DetailsRequest>) => {
  let reply: DetailsReply;
  try {
    reply = { ok: true, checked: checkDetailsFile(e.data.bytes) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
