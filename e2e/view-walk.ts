import type { Page } from '@playwright/test';
import { eventById, events, expect, timelineEvents } from './fixtures';

/**
 * Collects the requests that failed into `failed`. One the browser itself cancels because the walk
 * goes on to the next address (the favicon, fetched after the page's load, was caught so once in
 * CI) is not the host or the worker failing it: it is left out.
 */
export function recordFailedRequests(page: Page, failed: string[]): void {
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()}: ${error}`);
  });
}

/** The built-in tour the walk steps through (data/tours.json). */
const TOUR = { id: 'oppositions-at-a-glance', title: 'The oppositions at a glance' };
const congress = eventById('tenth-party-congress');

/**
 * Opens every view of the app from `base` (the folder the app is served from, ending in "/"),
 * each by its own address, as a reload or a deep link does, and checks what a reader sees there:
 * the timeline with vis-timeline taken over and an event open, the list, the factions, the
 * source at a quotation, a tour stepped, the presenter window, the tour editor, a class activity
 * and a cell of the compare matrix.
 */
export async function walkEveryView(page: Page, base: string): Promise<void> {
  await page.goto(`${base}?event=${congress.id}`);
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  // The engine's code: reaching for the timeline starts vis-timeline, which takes over.
  await timelineEvents(page).hover({ position: { x: 5, y: 5 } });
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
  await expect(timelineEvents(page).getByRole('button', { name: /^Tenth Party Congress,/ })).toBeVisible();

  await page.goto(`${base}?view=list`);
  await expect(page.getByRole('heading', { level: 2, name: `Events (${events.length})` })).toBeVisible();

  await page.goto(`${base}?view=factions`);
  await expect(page.getByRole('heading', { level: 2, name: 'Factions' })).toBeVisible();

  await page.goto(`${base}?view=source&event=${congress.id}&passage=1`);
  await expect(page.locator('mark').first()).toBeInViewport();
  expect((await page.locator('mark').allTextContents()).join('')).toBe(congress.passages[0]?.quote);

  await page.goto(`${base}?view=present&tour=${TOUR.id}&step=1`);
  await expect(page.getByRole('article', { name: /^Step 1 of \d+$/ })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('article', { name: /^Step 2 of \d+$/ })).toBeVisible();

  // Another address than the room's (a hash alone would not load the page again).
  await page.goto(`${base}?view=present&tour=${TOUR.id}&step=1#presenter`);
  await expect(page.getByRole('region', { name: 'Now showing' })).toBeVisible();

  await page.goto(`${base}?view=present#edit`);
  await expect(page.getByRole('heading', { level: 2, name: 'Make your own tour' })).toBeVisible();

  await page.goto(`${base}?view=present`);
  await page.getByRole('link', { name: new RegExp(`^Class activities on “${TOUR.title}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Class activity' })).toBeVisible();

  // The compare view, its code and the matrix (data/positions.json), at a cell.
  await page.goto(`${base}?view=compare&cell=left-communists:one-man-management`);
  await expect(page.getByRole('heading', { name: 'Left Communists on One-man management' })).toBeFocused();
  await expect(
    page
      .getByRole('list', { name: /^Passages behind Left Communists/ })
      .getByRole('blockquote')
      .first(),
  ).toBeVisible();
}
