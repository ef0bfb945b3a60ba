import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { COURSE_ORIGIN, e2eHosting, SUB_PATH } from '../scripts/hosting/e2e-hosting';
import { serveStatic } from '../scripts/static-server';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium';
import { expect, test } from './fixtures';

// Chromium refuses a page of the internet (the course site) a frame from this machine (Local
// Network Access), and would ask for a permission only a secure origin can be granted: off here,
// where both sites are on this machine only because it is a test.
const executablePath = chromiumPath();
test.use({
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_FLAGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

const dist = path.resolve(process.env.E2E_DIST ?? 'dist');
const anAsset = `assets/${readdirSync(path.join(dist, 'assets')).find((f) => f.endsWith('.js'))}`;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The file kinds docs/deploy.md names, and the caching each gets. */
const CACHING: [file: string, cacheControl: string][] = [
  ['', 'no-cache'],
  ['index.html', 'no-cache'],
  ['sw.js', 'no-cache'],
  ['manifest.webmanifest', 'no-cache'],
  ['data/timeline.json', 'no-cache'],
  [anAsset, IMMUTABLE],
];

async function expectHosted(request: APIRequestContext, folder: string, frameAncestors: string) {
  for (const [file, cacheControl] of CACHING) {
    const response = await request.get(`${folder}${file}`);
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    expect(headers['cache-control'], file).toBe(cacheControl);
    expect(headers['content-security-policy'], file).toMatch(
      new RegExp(`; frame-ancestors ${frameAncestors}$`),
    );
    expect(headers['content-security-policy'], file).toContain("default-src 'self'; script-src 'self'");
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    expect(headers['referrer-policy'], file).toBe('no-referrer');
    expect(headers['permissions-policy'], file).toContain('camera=()');
  }
}

test('the test server sends the guide’s embed headers, at the root and under the sub-path', async ({
  request,
  baseURL,
}) => {
  await expectHosted(request, `${baseURL}/`, `'self' ${COURSE_ORIGIN}`);
  await expectHosted(request, `${baseURL}${SUB_PATH}`, `'self' ${COURSE_ORIGIN}`);
  const manifest = await request.get(`${baseURL}/manifest.webmanifest`);
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
});

test('the strict headers file forbids every frame; the embed variant lets the course site frame the app', async ({
  request,
  page,
  baseURL,
}) => {
  const server = await serveStatic(dist, 0, {}, e2eHosting('strict'));
  try {
    const strict = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expectHosted(request, `${strict}/`, "'none'");
    // A page of the course site frames the app twice: served strict, and served for embedding.
    await page.route(`${COURSE_ORIGIN}/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body:
          '<!doctype html><title>Course</title>' +
          `<iframe title="strict" src="${strict}/"></iframe><iframe title="embed" src="${baseURL}/"></iframe>`,
      }),
    );
    await page.goto(`${COURSE_ORIGIN}/`);
    const embedded = page.frameLocator('iframe[title="embed"]');
    await expect(embedded.getByRole('heading', { level: 1 })).toContainText('Oppositions');
    // Chromium puts its error page where a frame-ancestors policy refuses the frame.
    await expect
      .poll(() => page.frames().map((frame) => frame.url()))
      .toEqual([`${COURSE_ORIGIN}/`, 'chrome-error://chromewebdata/', `${baseURL}/`]);
    await expect(page.frameLocator('iframe[title="strict"]').getByRole('heading', { level: 1 })).toHaveCount(
      0,
    );
  } finally {
    server.close();
  }
});
