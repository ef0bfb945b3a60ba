import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium';

/*
 * A Chromium driven over the DevTools protocol with only the domains a first load's timing needs
 * (Target, Emulation, Page, Runtime, Input), for the bench's first loads.
 *
 * Why not Playwright: it enables the protocol's Network domain on every page it opens, and with
 * it Chromium keeps a copy of every response body for DevTools and decodes the text ones on the
 * page's main thread as they finish. A trace of one 10,000-event load under Playwright showed
 * those tasks (ResponseBodyLoader::DidFinishLoadingBody with TextResourceDecoder::Decode) at 92
 * and 124 ms for the JSON files, before the first draw; the same load driven from here had none
 * over 24 ms, and drew ~350 ms sooner (1,205 against 1,561 ms, median of five each). That is
 * work no reader's browser does, so first loads are timed here and the rest with Playwright.
 */

interface Reply {
  id?: number;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** One page's protocol session. */
export interface QuietPage {
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>;
  /**
   * The value of `expression` (a promise's, once it settles), as JSON. Retried while the page
   * navigates: an evaluation begun in the page being left fails with its context.
   */
  evaluate<T>(expression: string): Promise<T>;
}

export interface QuietBrowser {
  /** A page in a browsing context of its own (no cache, no storage), at `width`×`height`. */
  withPage<T>(size: { width: number; height: number }, run: (page: QuietPage) => Promise<T>): Promise<T>;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/** Messages on the pipe are JSON, each ended by a NUL byte. */
function readMessages(from: Readable, onMessage: (reply: Reply) => void): void {
  let pending = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    pending += chunk;
    let end = pending.indexOf('\0');
    while (end !== -1) {
      onMessage(JSON.parse(pending.slice(0, end)) as Reply);
      pending = pending.slice(end + 1);
      end = pending.indexOf('\0');
    }
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function launchQuietBrowser(): QuietBrowser {
  const executable = chromiumPath();
  if (!executable) throw new Error('No Chromium found: run `npm run test:e2e` once to install one.');
  const profile = mkdtempSync(path.join(tmpdir(), 'oppositions-bench-profile-'));
  // fd 3 carries commands to the browser, fd 4 its replies (--remote-debugging-pipe).
  const child: ChildProcess = spawn(
    executable,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let lastId = 0;
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  readMessages(fromBrowser, (reply) => {
    if (reply.id === undefined) return;
    waiting.get(reply.id)?.resolve(reply);
    waiting.delete(reply.id);
  });
  child.once('exit', (code) => {
    for (const { reject } of waiting.values()) reject(new Error(`Chromium exited (${code ?? 'signal'})`));
    waiting.clear();
  });

  async function send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    lastId += 1;
    const id = lastId;
    const reply = await new Promise<Reply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return (reply.result ?? {}) as T;
  }

  async function withPage<T>(
    size: { width: number; height: number },
    run: (page: QuietPage) => Promise<T>,
  ): Promise<T> {
    const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
    try {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const page: QuietPage = {
        send: (method, params) => send(method, params, sessionId),
        async evaluate<R>(expression: string): Promise<R> {
          for (let attempt = 0; ; attempt += 1) {
            type Evaluation = {
              result: { value?: unknown };
              exceptionDetails?: { exception?: { description?: string }; text: string };
            };
            const { result, exceptionDetails } = await send<Evaluation>(
              'Runtime.evaluate',
              { expression, awaitPromise: true, returnByValue: true },
              sessionId,
            ).catch((error: unknown): Evaluation => ({
              result: {},
              exceptionDetails: { text: String(error) },
            }));
            if (!exceptionDetails) return result.value as R;
            const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
            // The page being left took the evaluation with it: ask the new one.
            if (attempt < 100 && /context|destroyed|navigat/i.test(message)) await pause(50);
            else throw new Error(`evaluation failed: ${message}`);
          }
        },
      };
      await page.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1, mobile: false });
      await page.send('Page.enable');
      return await run(page);
    } finally {
      await send('Target.disposeBrowserContext', { browserContextId });
    }
  }

  return {
    withPage,
    async close() {
      // Its profile is removed once it has exited.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Asked to close, it ends its helper processes and finishes writing its profile.
        await send('Browser.close').catch(() => child.kill());
        await exited;
      }
      // Its helper processes outlive it by a moment, and may still be writing there.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
