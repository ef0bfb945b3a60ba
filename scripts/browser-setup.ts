/**
 * Makes sure the end-to-end tests have a Chromium, installing one when there is none: Debian's
 * package where we may (root, with apt-get), else Playwright's own download. The machine is
 * reached only through a BrowserHost, so every path can be tested without installing anything.
 */

export interface BrowserHost {
  /** The Chromium the tests would launch now, if any (chromiumPath in chromium.ts). */
  findBrowser(): string | undefined;
  /** The places findBrowser looks, to name them when nothing is found. */
  searched: readonly string[];
  isRoot: boolean;
  hasAptGet: boolean;
  /** Runs a command with its output shown; true when it exits with 0. */
  run(command: Command): boolean;
}

export interface Command {
  program: string;
  args: readonly string[];
  env?: Readonly<Record<string, string>>;
}

/** One way of installing a browser: its commands, run in order until one fails. */
interface Attempt {
  name: string;
  commands: readonly Command[];
}

export type BrowserSetup =
  | { outcome: 'found'; browser: string }
  | { outcome: 'installed'; browser: string; by: string }
  | { outcome: 'failed'; tried: readonly string[]; message: string };

const DEBIAN_PACKAGE: Attempt = {
  name: "Debian's chromium package (apt-get install chromium)",
  commands: [
    // Without an index a fresh machine's apt-get knows no packages; non-interactive so that no
    // prompt waits for a key in CI.
    { program: 'apt-get', args: ['update'], env: { DEBIAN_FRONTEND: 'noninteractive' } },
    { program: 'apt-get', args: ['install', '-y', 'chromium'], env: { DEBIAN_FRONTEND: 'noninteractive' } },
  ],
};

const PLAYWRIGHT_DOWNLOAD: Attempt = {
  name: "Playwright's own Chromium (npx playwright install chromium)",
  commands: [{ program: 'npx', args: ['playwright', 'install', 'chromium'] }],
};

/** The ways to try on this machine, in order: a system package needs root and apt-get. */
export function attemptsFor(host: Pick<BrowserHost, 'isRoot' | 'hasAptGet'>): Attempt[] {
  return host.isRoot && host.hasAptGet ? [DEBIAN_PACKAGE, PLAYWRIGHT_DOWNLOAD] : [PLAYWRIGHT_DOWNLOAD];
}

export function ensureBrowser(host: BrowserHost): BrowserSetup {
  const present = host.findBrowser();
  if (present !== undefined) return { outcome: 'found', browser: present };

  const tried: string[] = [];
  for (const attempt of attemptsFor(host)) {
    tried.push(attempt.name);
    // An install that reports success but leaves nothing where the tests look has not helped.
    const installed = attempt.commands.every((command) => host.run(command)) ? host.findBrowser() : undefined;
    if (installed !== undefined) return { outcome: 'installed', browser: installed, by: attempt.name };
  }
  return { outcome: 'failed', tried, message: failureMessage(host, tried) };
}

function failureMessage(host: BrowserHost, tried: readonly string[]): string {
  return [
    'No Chromium for the end-to-end tests.',
    `Looked for: ${host.searched.join(', ')}.`,
    `Tried to install, without success: ${tried.join('; then ')}.`,
    'To go on, do one of these and run npm test again:',
    '  - as root on Debian or Ubuntu: apt-get update && apt-get install -y chromium',
    '  - npx playwright install chromium (its system libraries, as root: npx playwright install-deps chromium)',
    '  - set CHROME_PATH to a Chromium or Chrome already installed',
  ].join('\n');
}
