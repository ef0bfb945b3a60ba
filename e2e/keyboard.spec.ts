import type { Page } from '@playwright/test';
import { eventById, events, expect, openTimeline, test, timelineEvents } from './fixtures';

const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** Presses Tab until an event of the timeline has focus, as a keyboard user would. */
async function tabToTimeline(page: Page): Promise<string> {
  // Past the header, the search and the filter chips.
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const id = await focusedEventId(page);
    if (id) return id;
  }
  throw new Error('Tab never reached an event of the timeline');
}

test('Tab reaches the first visible event, and ArrowRight moves to the next event in time', async ({
  page,
}) => {
  await openTimeline(page);
  const first = await tabToTimeline(page);
  expect(first).toBe(events[0]?.id);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedEventId(page)).toBe(events[1]?.id);
  const next = events[1];
  if (!next) throw new Error('the dataset has fewer than two events');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: next.title })).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedEventId(page)).toBe(events[0]?.id);
});

test('Tab reaches the selected event when there is one', async ({ page }) => {
  await openTimeline(page, '?event=workers-group-arrests');
  await page.getByRole('button', { name: 'Close event panel' }).click();
  await expect.poll(() => focusedEventId(page)).toBe('workers-group-arrests');
});

test('ArrowDown moves to a neighbouring lane and keeps the focused event on screen', async ({ page }) => {
  await openTimeline(page);
  await tabToTimeline(page);
  const before = await focusedEventId(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedEventId(page)).not.toBe(before);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
});

test('a keyboard-only walk: open an event, read a quotation in context, come back', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, '?from=1921-01-01&to=1921-06-30');
  await tabToTimeline(page);
  // Step by step, as a reader does: each press once the last one's focus has landed (a press
  // that leaves the window waits for the timeline to move there), again if nothing moved.
  for (let i = 0; i < 2 * events.length && (await focusedEventId(page)) !== congress.id; i += 1) {
    const from = await focusedEventId(page);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => focusedEventId(page), { timeout: 1000 })
      .not.toBe(from)
      .catch(() => undefined);
  }
  expect(await focusedEventId(page)).toBe(congress.id);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: congress.title })).toBeFocused();

  // Tab through the panel to the first "read in context" link.
  const readLink = page.getByRole('link', { name: 'Read in context: quotation 1' });
  for (let i = 0; i < 30 && !(await readLink.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(readLink).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`view=source&event=${congress.id}&passage=1`));
  const first = congress.passages[0];
  if (!first) throw new Error('no passage');
  await expect(page.locator('mark').first()).toBeInViewport();
  expect((await page.locator('mark').allTextContents()).join('')).toBe(first.quote);

  const back = page.getByRole('link', { name: 'Back to the event on the timeline' });
  for (let i = 0; i < 60 && !(await back.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => focusedEventId(page)).toBe(congress.id);
});

test('+, - and 0 zoom the timeline from the keyboard', async ({ page }) => {
  await openTimeline(page);
  await tabToTimeline(page);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/from=/);
  await page.keyboard.press('-');
  await expect(page).toHaveURL(/from=/);
});

test('the mouse wheel over the timeline scrolls the page instead of being trapped', async ({ page }) => {
  await openTimeline(page);
  const box = await timelineEvents(page).boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
