import type { Page, Route } from '@playwright/test';
import {
  events,
  eventsOnTimeline,
  expect,
  focusedEventId,
  openTimeline,
  test,
  timelineEvents,
} from './fixtures';

const DETAILS = '**/data/event-details.json';
const first = events[0];
if (!first) throw new Error('data/events.json has no events');
const { summary } = first as unknown as { summary: string };

/** Holds the events' text back until the returned function lets it through. */
async function holdDetails(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DETAILS, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the timeline draws before the events’ text arrives, and an opened event fills in when it does', async ({
  page,
}) => {
  const release = await holdDetails(page);

  await openTimeline(page, `?event=${first.id}`);
  await expect.poll(() => eventsOnTimeline(page)).toBe(events.length);
  // The panel's place is kept, busy, while the text is on its way.
  const pending = page.getByRole('complementary', { name: 'The event' });
  await expect(pending).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByText(summary)).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(first.title);
  await expect(page.getByText(summary)).toBeVisible();
  await expect(pending).toHaveCount(0);
});

test('the panel’s Close button is the same one before and after the text arrives: a press as it comes still closes', async ({
  page,
}) => {
  const release = await holdDetails(page);
  await openTimeline(page, `?event=${first.id}`);
  const close = page.getByRole('button', { name: 'Close event panel' });
  await expect(page.getByRole('complementary', { name: 'The event' })).toHaveAttribute('aria-busy', 'true');
  // The button the reader is pressing as the text comes in: drawn anew, the press would be lost.
  const pressed = await close.elementHandle();
  release();
  await expect(page.getByRole('complementary', { name: first.title })).toBeVisible();
  expect(
    await pressed.evaluate((el) => el.isConnected && el === document.querySelector('.panel-frame__close')),
  ).toBe(true);
  await close.click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => focusedEventId(page)).toBe(first.id);
});

test('an event closed in the List before its text is in leaves focus in the page’s content, by Esc and by ×', async ({
  page,
}) => {
  const release = await holdDetails(page);
  for (const close of ['Escape', 'button'] as const) {
    await page.goto(`./?view=list&event=${first.id}`);
    const panel = page.getByRole('complementary', { name: 'The event' });
    const closeButton = page.getByRole('button', { name: 'Close event panel' });
    await expect(panel).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByText('Loading the list…')).toBeVisible();
    // The reader is in the panel when they close it; the list has no row yet to give focus back to.
    await closeButton.focus();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await closeButton.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('main')).toBeFocused();
    // And the next Tab goes on from there, into the content, not back to the page's top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
      true,
    );
  }
  release();
});

test('when the events’ text cannot be loaded the timeline stays and says what cannot be shown', async ({
  page,
}) => {
  await page.route(DETAILS, (route) => route.fulfill({ status: 500, body: 'down' }));
  await openTimeline(page);
  await expect.poll(() => eventsOnTimeline(page)).toBe(events.length);

  await timelineEvents(page).getByRole('button').first().click();
  await expect(page.getByRole('alert')).toHaveText(
    /The events’ text could not be loaded, so the event cannot be shown: data\/event-details\.json could not be loaded \(HTTP 500\)\./,
  );

  // The panel's place closes like the panel would.
  await page.getByRole('button', { name: 'Close event panel' }).click();
  await expect(page.getByRole('complementary', { name: 'The event' })).toHaveCount(0);

  await page.getByRole('link', { name: 'List' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'so the list cannot be shown' })).toBeVisible();
});

/** Whether the page itself fetched the events' text: a worker's requests are in the worker's own timeline. */
const fetchedByPage = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.endsWith('/data/event-details.json')),
  );

test('the events’ text is loaded and checked in a worker, and on the page when the worker cannot start', async ({
  page,
}) => {
  const workerScripts: string[] = [];
  page.on('worker', (worker) => workerScripts.push(worker.url()));
  await openTimeline(page, `?event=${first.id}`);
  await expect(page.getByText(summary)).toBeVisible();
  expect(workerScripts).toEqual([expect.stringMatching(/\/assets\/check\.worker-[\w-]+\.js$/)]);
  // At 10,000 events the file's arrival on the page's thread held the first draw back.
  expect(await fetchedByPage(page)).toBe(false);

  // A host that fails to serve the worker's script: the page checks the text itself.
  await page.route('**/assets/check.worker-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(first.title);
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await fetchedByPage(page)).toBe(true);
});
