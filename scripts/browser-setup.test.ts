import { describe, expect, it } from 'vitest';
import { ensureBrowser, type BrowserHost, type Command } from './browser-setup';

const DEBIAN = '/usr/bin/chromium';
const DOWNLOADED = '/home/reader/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

interface Machine {
  browser?: string;
  isRoot?: boolean;
  hasAptGet?: boolean;
  /** Which programs succeed; a successful install puts its browser where findBrowser looks. */
  aptWorks?: boolean;
  playwrightWorks?: boolean;
}

/** A machine in memory: records every command run, and installs as told. */
function fakeHost(machine: Machine): BrowserHost & { commands: Command[]; ran: () => string[] } {
  let browser = machine.browser;
  const commands: Command[] = [];
  return {
    commands,
    ran: () => commands.map(({ program, args }) => [program, ...args].join(' ')),
    findBrowser: () => browser,
    searched: [DEBIAN, DOWNLOADED],
    isRoot: machine.isRoot ?? false,
    hasAptGet: machine.hasAptGet ?? false,
    run(command: Command) {
      commands.push(command);
      const { program, args } = command;
      if (program === 'apt-get') {
        if (machine.aptWorks !== true) return false;
        if (args[0] === 'install') browser = DEBIAN;
        return true;
      }
      if (machine.playwrightWorks !== true) return false;
      browser = DOWNLOADED;
      return true;
    },
  };
}

describe('ensureBrowser', () => {
  it('uses a browser already there and installs nothing', () => {
    const host = fakeHost({ browser: DEBIAN, isRoot: true, hasAptGet: true, aptWorks: true });
    expect(ensureBrowser(host)).toEqual({ outcome: 'found', browser: DEBIAN });
    expect(host.ran()).toEqual([]);
  });

  it("installs Debian's chromium as root where apt-get is, updating the package index first", () => {
    const host = fakeHost({ isRoot: true, hasAptGet: true, aptWorks: true, playwrightWorks: true });
    expect(ensureBrowser(host)).toMatchObject({ outcome: 'installed', browser: DEBIAN });
    expect(host.ran()).toEqual(['apt-get update', 'apt-get install -y chromium']);
  });

  it('runs apt-get without questions', () => {
    const host = fakeHost({ isRoot: true, hasAptGet: true, aptWorks: true });
    ensureBrowser(host);
    expect(host.commands.map((c) => c.env)).toEqual([
      { DEBIAN_FRONTEND: 'noninteractive' },
      { DEBIAN_FRONTEND: 'noninteractive' },
    ]);
  });

  it("downloads Playwright's Chromium when not root", () => {
    const host = fakeHost({ isRoot: false, hasAptGet: true, aptWorks: true, playwrightWorks: true });
    expect(ensureBrowser(host)).toMatchObject({ outcome: 'installed', browser: DOWNLOADED });
    expect(host.ran()).toEqual(['npx playwright install chromium']);
  });

  it("downloads Playwright's Chromium as root where there is no apt-get", () => {
    const host = fakeHost({ isRoot: true, hasAptGet: false, playwrightWorks: true });
    expect(ensureBrowser(host)).toMatchObject({ outcome: 'installed', browser: DOWNLOADED });
    expect(host.ran()).toEqual(['npx playwright install chromium']);
  });

  it("falls back to Playwright's Chromium when apt-get fails, and stops at the failed step", () => {
    const host = fakeHost({ isRoot: true, hasAptGet: true, aptWorks: false, playwrightWorks: true });
    expect(ensureBrowser(host)).toMatchObject({ outcome: 'installed', browser: DOWNLOADED });
    expect(host.ran()).toEqual(['apt-get update', 'npx playwright install chromium']);
  });

  it('does not count an install that left no browser behind', () => {
    const host = fakeHost({ isRoot: false, playwrightWorks: true });
    expect(ensureBrowser({ ...host, findBrowser: () => undefined }).outcome).toBe('failed');
    expect(host.ran()).toEqual(['npx playwright install chromium']);
  });

  it('stops with what it looked for, what it tried and what the user can do when both fail', () => {
    const host = fakeHost({ isRoot: true, hasAptGet: true, aptWorks: false, playwrightWorks: false });
    const setup = ensureBrowser(host);
    if (setup.outcome !== 'failed') throw new Error(`expected a failure, got ${setup.outcome}`);
    expect(setup.tried).toEqual([
      "Debian's chromium package (apt-get install chromium)",
      "Playwright's own Chromium (npx playwright install chromium)",
    ]);
    expect(setup.message).toContain(`Looked for: ${DEBIAN}, ${DOWNLOADED}.`);
    expect(setup.message).toContain(
      "Debian's chromium package (apt-get install chromium); then Playwright's",
    );
    expect(setup.message).toContain('npx playwright install chromium');
    expect(setup.message).toContain('CHROME_PATH');
  });
});
