import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep headless Chromium quiet on a machine without network access. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Where a Chromium may be, in the order it is preferred: the one CHROME_PATH names (Lighthouse's
 * own setting), Debian's package, then Playwright's download (`npx playwright install chromium`).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.CHROME_PATH, DEBIAN_CHROMIUM, chromium.executablePath()].filter(
    (path): path is string => path !== undefined && path !== '',
  );
}

/**
 * The first Chromium of those that is installed, for Playwright, the bench and Lighthouse alike,
 * so that each launches the browser `npm test` found or installed (scripts/ensure-browser.ts).
 */
export function chromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  return chromiumCandidates(env).find(exists);
}
