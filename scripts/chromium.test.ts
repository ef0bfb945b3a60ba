import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, chromiumPath } from './chromium';

describe('chromiumPath', () => {
  const [, debian, downloaded] = chromiumCandidates({ CHROME_PATH: '/opt/chrome' });

  it("looks at CHROME_PATH, then Debian's chromium, then Playwright's download", () => {
    expect(debian).toBe('/usr/bin/chromium');
    expect(downloaded).toBe(chromium.executablePath());
    expect(chromiumCandidates({ CHROME_PATH: '/opt/chrome' })[0]).toBe('/opt/chrome');
    expect(chromiumCandidates({ CHROME_PATH: '' })).toHaveLength(2);
  });

  it('picks the first of them that is installed', () => {
    const installed =
      (...paths: (string | undefined)[]) =>
      (path: string) =>
        paths.includes(path);
    expect(chromiumPath({ CHROME_PATH: '/opt/chrome' }, installed('/opt/chrome', debian))).toBe(
      '/opt/chrome',
    );
    expect(chromiumPath({ CHROME_PATH: '/opt/chrome' }, installed(debian, downloaded))).toBe(debian);
    expect(chromiumPath({}, installed(downloaded))).toBe(downloaded);
    expect(chromiumPath({}, installed())).toBeUndefined();
  });
});
