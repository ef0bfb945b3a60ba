import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium';

/**
 * The Chromium `npm run test:e2e` found or installed before this run (scripts/ensure-browser.ts):
 * CHROME_PATH's, Debian's /usr/bin/chromium, or Playwright's own download.
 */
const executablePath = chromiumPath();

/**
 * V8 without its optimising compilers (TurboFan, Maglev) and with garbage collection on the page's
 * own thread. The specs run on two cores that they keep busy (vmstat: 5% idle), and each loads the
 * app afresh: code optimised in the background for a page that lives a few seconds is work thrown
 * away. Three of the specs took 96–108 s this way against 115–128 s (two runs each). The app's
 * behaviour does not depend on it; its speed is the bench's to measure (`npm run bench`, which
 * launches Chromium with its defaults).
 */
const E2E_JS_FLAGS = '--js-flags=--no-opt --no-maglev --single-threaded-gc';

// Another port, and another build folder, can be chosen when two test runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace snapshots the page at every step: a fifth of the run's time, for files CI's log
    // cannot show. Kept locally, where a failure's trace can be opened.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_FLAGS, E2E_JS_FLAGS],
    },
    // The service worker's precaching would fetch the whole build beside every spec and answer
    // requests page.route should see: only e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    // Each worker keeps one browser tab and Playwright resets it between tests (storage, cache,
    // routes, init scripts, extra pages, emulation; e2e/fixtures.ts clears window.name and
    // permissions, which the reset leaves). Playwright advises a fresh context per end-to-end test;
    // we trade that for time, measured on this project's 2-core machines: every new context starts
    // a renderer on memory the host must hand over page by page, 2.3 s to load the app and open an
    // event against 0.9 s in a kept tab, and the 229 specs ran in 6.4 minutes where they took 10.8.
    // Specs that need other context options (touch, service workers) still get a context of
    // their own.
    reuseContext: true,
  },
  webServer: {
    // The built app, as readers get it (`npm test` builds before it runs these specs): at the
    // root and under /history/oppositions/, with the hosting guide's headers (deploy/embed/_headers).
    command: `npx tsx scripts/serve-e2e.ts ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
