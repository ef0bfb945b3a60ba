import { eventById, events, expect, openTimeline, test, timelineEvents } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone: tap an event, read its quotation in context, come back', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, '?from=1921-01-01&to=1921-12-31');
  await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .tap();
  const panel = page.getByRole('complementary', { name: congress.title });
  await expect(panel).toBeVisible();
  await panel.getByRole('link', { name: 'Read in context: quotation 1' }).tap();
  await expect(page.locator('mark').first()).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the event on the timeline' }).tap();
  await expect(panel).toBeVisible();
});

test('on a phone the page fits the screen width', async ({ page }) => {
  await openTimeline(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

/** A finger drag, sent as raw touch events so the browser itself decides whether to scroll. */
async function drag(
  page: import('@playwright/test').Page,
  from: { x: number; y: number },
  dx: number,
  dy: number,
) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i += 1) {
    const point = { x: from.x + (dx * i) / 10, y: from.y + (dy * i) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('on a phone a vertical swipe over the timeline and its lane names scrolls the page', async ({
  page,
}) => {
  await openTimeline(page);
  for (const label of ['Leadership', 'Left Comm.']) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.getByText(label, { exact: true }).boundingBox();
    if (!box) throw new Error(`no lane ${label}`);
    await drag(page, { x: box.x + 10, y: Math.min(box.y + 10, 700) }, 0, -300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  }
});

test('on a phone a horizontal swipe pans the timeline', async ({ page }) => {
  await openTimeline(page, '?from=1920-01-01&to=1923-01-01');
  await timelineEvents(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await timelineEvents(page).boundingBox();
  if (!box) throw new Error('no timeline');
  await drag(page, { x: box.x + box.width - 40, y: box.y + 120 }, -200, 0);
  await expect(page).not.toHaveURL(/from=1920-01-01/);
});

test('on a phone the crowded leadership lane is drawn as counted clusters, and a tap on one zooms into it', async ({
  page,
}) => {
  await openTimeline(page);
  const leadership = events.filter((e) => e.factions[0] === 'party-leadership');
  const clusters = timelineEvents(page).getByLabel(/events close together; zoom in to see them$/);
  await expect(clusters.first()).toBeVisible();
  // Every leadership event is counted in a cluster, none drawn alone; a quieter lane keeps its events.
  const counts = await clusters.allTextContents();
  expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(leadership.length);
  await expect(timelineEvents(page).getByRole('button', { name: /^Tenth Party Congress,/ })).toHaveCount(0);
  await expect(
    timelineEvents(page).getByRole('button', { name: /^First issue of the journal Kommunist,/ }),
  ).toBeVisible();

  const busiest = clusters.filter({ hasText: String(Math.max(...counts.map(Number))) }).first();
  await busiest.tap();
  await expect(page).toHaveURL(/from=/);
  // The window is now the cluster's stretch of time, a good deal shorter than the thirty years.
  const url = new URL(page.url());
  const years =
    (Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')) /
    3.156e10;
  expect(years).toBeLessThan(15);
});
