/**
 * Run by `npm run test:e2e` before Playwright: finds the Chromium the tests will launch, or
 * installs one (see browser-setup.ts); exits with 1 and says what to do when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser, type Command } from './browser-setup';
import { chromiumCandidates, chromiumPath } from './chromium';

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, program)));
}

function run({ program, args, env }: Command): boolean {
  console.log(`--- ${[program, ...args].join(' ')}`);
  const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const setup = ensureBrowser({
  findBrowser: () => chromiumPath(),
  searched: chromiumCandidates(),
  isRoot: process.getuid?.() === 0,
  hasAptGet: onPath('apt-get'),
  run,
});

if (setup.outcome === 'failed') {
  console.error(setup.message);
  process.exitCode = 1;
} else if (setup.outcome === 'installed') {
  console.log(`Chromium for the end-to-end tests installed with ${setup.by}: ${setup.browser}`);
} else {
  console.log(`Chromium for the end-to-end tests: ${setup.browser}`);
}
