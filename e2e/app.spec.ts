import { expect, expectNoAxeViolations, openTimeline, test } from './fixtures';

test('the page loads with no console errors and no request leaving the origin', async ({ page, watch }) => {
  await openTimeline(page);
  await expect(page.getByRole('heading', { level: 1, name: /Oppositions 1907–1937/ })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the header reads whole at every width from a tablet’s up: the title clear of the views, no tagline cut short, the years never split', async ({
  page,
}) => {
  // 760–1000 px: a tablet, a phone held sideways; the title had been squeezed under the views there.
  const sizes = [760, 844, 900, 960, 1000, 1024, 1100, 1200, 1280, 1366, 1920].map((width) => ({
    width,
    search: '',
  }));
  // A course page's frame: its slimmer header keeps the title on one line.
  const framed = [760, 900, 1080, 1280].map((width) => ({ width, search: '?embed=1' }));
  for (const { width, search } of [...framed, ...sizes]) {
    await page.setViewportSize({ width, height: 720 });
    await openTimeline(page, search);
    const header = await page.locator('.app-header').evaluate((el) => {
      const tagline = el.querySelector<HTMLElement>('.app-header__tagline');
      const years = el.querySelector('.app-header__years');
      const title = document.createRange();
      title.selectNodeContents(el.querySelector('h1') ?? el);
      const words = [...title.getClientRects()];
      const views = [...el.querySelectorAll('.view-nav a')].map((a) => a.getBoundingClientRect());
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      return {
        titleUnderViews: words.some((w) => views.some((v) => overlap(w, v))),
        taglineCut: tagline !== null && tagline.offsetWidth > 0 && tagline.scrollWidth > tagline.clientWidth,
        yearsLines: years ? new Set([...years.getClientRects()].map((r) => Math.round(r.top))).size : 0,
      };
    });
    expect(header, `at ${width} px${search}`).toEqual({
      titleUnderViews: false,
      taglineCut: false,
      yearsLines: 1,
    });
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
