import { expect, expectNoAxeViolations, openTimeline, test } from './fixtures';

test('the page loads with no console errors and no request leaving the origin', async ({ page, watch }) => {
  await openTimeline(page);
  await expect(page.getByRole('heading', { level: 1, name: /Oppositions 1907–1937/ })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the header reads whole at every laptop width: no tagline cut short, the years never split', async ({
  page,
}) => {
  for (const width of [1100, 1200, 1280, 1366, 1920]) {
    await page.setViewportSize({ width, height: 720 });
    await openTimeline(page);
    const header = await page.locator('.app-header').evaluate((el) => {
      const tagline = el.querySelector<HTMLElement>('.app-header__tagline');
      const years = el.querySelector('.app-header__years');
      return {
        taglineCut: tagline !== null && tagline.offsetWidth > 0 && tagline.scrollWidth > tagline.clientWidth,
        yearsLines: years ? new Set([...years.getClientRects()].map((r) => Math.round(r.top))).size : 0,
      };
    });
    expect(header, `at ${width} px`).toEqual({ taglineCut: false, yearsLines: 1 });
  }
  await expect(page.getByRole('button', { name: 'Embed' })).toBeInViewport();
});

test('axe finds no accessibility violations on the timeline', async ({ page }) => {
  await openTimeline(page);
  await expectNoAxeViolations(page);
});

test('axe finds no accessibility violations with an event panel open', async ({ page }) => {
  await openTimeline(page, '?event=tenth-party-congress');
  await expect(page.getByRole('heading', { level: 2, name: 'Tenth Party Congress' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the built page carries a Content-Security-Policy that keeps everything on the origin', async ({
  page,
}) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
});

test('the app keeps the header the HTML painted, and marks the view and theme on it', async ({
  page,
  watch,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('oppositions.theme', 'dark');
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('h1')?.setAttribute('data-painted-with-the-html', '');
    });
  });
  await page.goto('/?view=list');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // React adopted the element rather than drawing a new one (which would be a later largest paint).
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('data-painted-with-the-html', '');
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('before any JavaScript has run', () => {
  test.use({ javaScriptEnabled: false });

  test('the title and the navigation are already in the page, with working links', async ({ page }) => {
    await page.goto('/?view=list');
    await expect(page.getByRole('heading', { level: 1, name: /Oppositions 1907–1937/ })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Views' });
    await expect(nav.getByRole('link')).toHaveText(
      ['Timeline', 'List', 'Factions & people', 'Compare', 'Source text', 'Present'],
      { useInnerText: true },
    );
    // The frame is the same for every address: no view claims to be the current one.
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Source text' })).toHaveAttribute('href', '?view=source');
  });
});
