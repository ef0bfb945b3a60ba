import { parseDate } from '../src/dates';
import { eventById, events, expect, filterBar, openTimeline, test, timelineEvents } from './fixtures';

/** The events that start, end or last in 1921. */
const of1921 = events.filter((e) => {
  const start = parseDate(e.start);
  const end = parseDate((e as { end?: string }).end ?? e.start);
  return start && end && start.min <= Date.UTC(1921, 11, 31) && end.max >= Date.UTC(1921, 0, 1);
});

test('printing the timeline gives the window drawn, the key, then the window’s events in date order', async ({
  page,
}) => {
  await openTimeline(page, '?from=1921-01-01&to=1921-12-31');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  await expect(timelineEvents(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key' })).toBeVisible();
  await expect(filterBar(page)).toBeHidden();
  // The timeline is shrunk to the page's width, not cut off at its edge.
  const zoom = await page.locator('.timeline').evaluate((el) => Number(getComputedStyle(el).zoom));
  expect(zoom).toBeLessThan(1);

  const list = page.getByRole('region', { name: 'Events in this window' });
  await expect(list).toBeVisible();
  const printed = await list.getByRole('listitem').locator('strong').allTextContents();
  expect(printed).toHaveLength(of1921.length);
  // In date order: the dataset's order, which is by date.
  expect(printed).toEqual(of1921.map((e) => e.title));
});

test('printed, the axis and every lane fit one landscape page, whole, the key after them', async ({
  page,
}) => {
  // The whole span at 1280×720: sixteen lanes, some 1,000 px of them.
  await openTimeline(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const lanes = await page.locator('.timeline__scroll').boundingBox();
  const key = await page.getByRole('region', { name: 'Key' }).boundingBox();
  // A landscape page holds some 700 px inside its margins, the app's title above the lanes.
  expect(lanes?.height).toBeLessThanOrEqual(620);
  expect(key?.y).toBeGreaterThanOrEqual((lanes?.y ?? 0) + (lanes?.height ?? 0));
  await expect(page.getByText('New here?')).toBeHidden();
});

test('printing with an event open gives that event with its quotations, and nothing else', async ({
  page,
}) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, '?event=tenth-party-congress');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: congress.title })).toBeVisible();
  const first = congress.passages[0];
  if (!first) throw new Error('no passage');
  await expect(page.getByRole('blockquote').first()).toHaveText(first.quote);
  await expect(timelineEvents(page)).toBeHidden();
  await expect(filterBar(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Close event panel' })).toBeHidden();
});
