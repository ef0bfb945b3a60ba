import type { Page } from '@playwright/test';
import {
  drawnAndCounted,
  eventById,
  events,
  expect,
  focusedEventId,
  openTimeline,
  pinchOut,
  expectWindowNarrowerThan,
  windowYears,
  test,
  timelineEvents,
} from './fixtures';

/** The engine's code: its adapter and vis-timeline, loaded when the reader reaches for the timeline. */
const ENGINE_CODE = /\/assets\/(timeline-)?engine-[^/]*\.js$/;

/** Holds back the engine's code until `release` is called. */
async function holdEngine(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(ENGINE_CODE, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

const engineTookOver = (page: Page) =>
  expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');

/** Where each event's item is on the page, by event id. */
function itemBoxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate((): Record<string, number[]> =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-event-id]')].map((el): [string, number[]] => {
        const box = (el.closest('.vis-item') ?? el).getBoundingClientRect();
        return [el.dataset.eventId ?? '', [box.x, box.y, box.width, box.height]];
      }),
    ),
  );
}

/** Clicks the Tenth Party Congress on the preview: its panel opens while the preview stays. */
async function congressOpensFromThePreview(page: Page): Promise<void> {
  const congress = eventById('tenth-party-congress');
  await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .click();
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'preview');
}

test('the timeline draws every event (or counts it) before vis-timeline has loaded, and an event opens from it', async ({
  page,
}) => {
  await holdEngine(page);
  await openTimeline(page);
  const { drawn, counted } = await drawnAndCounted(page);
  expect(drawn.length + counted).toBe(events.length);
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'preview');

  // The pointer on its way asks for the engine, which is held back: the preview answers.
  await congressOpensFromThePreview(page);
});

test('before vis-timeline has loaded, every event drawn as a point shows its dot', async ({ page }) => {
  await holdEngine(page);
  await openTimeline(page);
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'preview');
  const congressDot = timelineEvents(page)
    .locator('.vis-point', { has: page.getByRole('button', { name: /^Tenth Party Congress,/ }) })
    .locator('.vis-dot');
  await expect(congressDot).toBeVisible();
  const dots = await timelineEvents(page)
    .locator('.tl-preview .vis-point:not([hidden]) > .vis-dot')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).visibility));
  expect(dots.length).toBeGreaterThan(20);
  expect(dots.filter((v) => v !== 'visible')).toEqual([]);
});

test('vis-timeline is fetched ahead, once the timeline is drawn, but run only when the reader reaches for it', async ({
  page,
}) => {
  const fetched = page.waitForResponse(/\/assets\/timeline-engine-[^/]*\.js$/);
  await openTimeline(page);
  const response = await fetched;
  await response.finished();
  // Fetched by the prefetch link the preview adds once it has drawn, not by an import of the module.
  await expect
    .poll(() =>
      page.evaluate(
        (url) =>
          performance
            .getEntriesByName(url)
            .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
        response.url(),
      ),
    )
    .toEqual(['link']);
  // Its code in the cache, the engine is still not built: nothing of it is in the page.
  await expect(page.locator('.timeline__engine')).toHaveCount(0);
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'preview');
  await timelineEvents(page).hover({ position: { x: 5, y: 5 } });
  await engineTookOver(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
});

test('when vis-timeline takes over, every event stays where it was and nothing shifts', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openTimeline(page);
  const before = await itemBoxes(page);
  expect(Object.keys(before).length).toBeGreaterThan(20);

  await timelineEvents(page).hover({ position: { x: 5, y: 5 } });
  await engineTookOver(page);
  const after = await itemBoxes(page);
  for (const [id, box] of Object.entries(before)) {
    const moved = after[id]?.map((v, i) => Math.abs(v - (box[i] ?? 0))) ?? [Infinity];
    expect(Math.max(...moved), id).toBeLessThanOrEqual(1.5);
  }
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test('keyboard focus stays on its event when vis-timeline takes over', async ({ page }) => {
  const engine = await holdEngine(page);
  await openTimeline(page);
  const first = timelineEvents(page).locator('[data-event-id][tabindex="0"]');
  const id = await first.getAttribute('data-event-id');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedEventId(page)).not.toBe(id);
  const second = await focusedEventId(page);
  engine.release();
  await engineTookOver(page);
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId))
    .toBe(second);
  // The focused item is now the engine's: the next arrow goes on from it.
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId))
    .not.toBe(second);
});

test('a drag across the timeline pans it while vis-timeline is still loading', async ({ page }) => {
  await holdEngine(page);
  await openTimeline(page, '?from=1920-01-01&to=1923-01-01');
  const box = await timelineEvents(page).boundingBox();
  if (!box) throw new Error('no timeline');
  const y = box.y + 60;
  await page.mouse.move(box.x + box.width - 60, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 260, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/from=1920-01-01/);
  await expect(page).toHaveURL(/from=1920-/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a pinch zooms the timeline while vis-timeline is still loading', async ({ page }) => {
    const engine = await holdEngine(page);
    await openTimeline(page, '?from=1920-01-01&to=1923-01-01');
    await pinchOut(page);
    await expectWindowNarrowerThan(page, 3 * 0.8);
    await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'preview');
    // The window the pinch chose is the one vis-timeline takes over.
    const pinched = windowYears(page);
    engine.release();
    await engineTookOver(page);
    expect(windowYears(page)).toEqual(pinched);
  });
});

test('where vis-timeline cannot load, the timeline stays readable and its events open', async ({
  page,
  watch,
}) => {
  await page.route(ENGINE_CODE, (route) => route.abort());
  await openTimeline(page);
  await timelineEvents(page).hover({ position: { x: 5, y: 5 } });
  await congressOpensFromThePreview(page);
  expect(watch.consoleErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});
