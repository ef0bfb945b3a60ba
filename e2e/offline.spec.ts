import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { e2eHosting, SUB_PATH } from '../scripts/hosting/e2e-hosting';
import { serveStatic } from '../scripts/static-server';
import { expect, test } from './fixtures';
import { recordFailedRequests, walkEveryView } from './view-walk';

// The rest of the suite blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' });

/** Waits until the app's service worker has precached the build and serves this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

test('after one visit under a sub-path, every view reloads offline, the engine and the data from the precache', async ({
  page,
  context,
  watch,
}) => {
  // Nine views, each loaded afresh: more than the default 30 s on a busy two-core machine.
  test.setTimeout(60_000);
  await page.goto(SUB_PATH);
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(SUB_PATH);

  await context.setOffline(true);
  const failed: string[] = [];
  recordFailedRequests(page, failed);

  await walkEveryView(page, SUB_PATH);

  expect(failed).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a new deployment is offered with “Reload” and changes nothing until the reader asks', async ({
  page,
}) => {
  // A deployment of its own, on a server of its own: this build, then the same with a new worker.
  const dist = path.resolve(process.env.E2E_DIST ?? 'dist');
  const site = mkdtempSync(path.join(tmpdir(), 'oppositions-deploy-'));
  cpSync(dist, site, { recursive: true });
  const server = await serveStatic(site, 0, {}, e2eHosting('strict'));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${origin}/?view=list`);
    await waitForServiceWorker(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);

    // What a new build does to the worker: a new precache manifest (here, index.html's revision).
    const workerFile = path.join(site, 'sw.js');
    const worker = readFileSync(workerFile, 'utf8');
    const next = worker.replace(/(url:"index\.html",revision:")[^"]+"/, '$1new-deployment"');
    expect(next).not.toBe(worker);
    writeFileSync(workerFile, next);

    // The teacher's next page: the browser finds the new worker, which waits.
    await page.goto(`${origin}/?view=factions`);
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => {
      (window as unknown as { lesson: string }).lesson = 'under way';
    });
    // Nothing reloads by itself: the page and its state stay.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { lesson?: string }).lesson)).toBe('under way');
    await expect(page.getByRole('heading', { level: 2, name: 'Factions' })).toBeVisible();

    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => (window as unknown as { lesson?: string }).lesson === undefined);
    await expect(page.getByRole('heading', { level: 2, name: 'Factions' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    // The new worker serves the page now, and none waits.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { waiting: registration.waiting, controlled: navigator.serviceWorker.controller !== null };
      }),
    ).toEqual({ waiting: null, controlled: true });
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
