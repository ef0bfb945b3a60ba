import { readFileSync } from 'node:fs';
import { eventsOnTimeline, expect, openTimeline, routeEvents, test, timelineEvents } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('an event whose title is HTML renders as text and nothing runs', async ({ page, watch }) => {
  const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string; summary: string }[];
  const [first, ...rest] = events;
  if (!first) throw new Error('no events');
  const fixture = [
    // No short title: the hostile title itself is what the timeline writes.
    { ...first, title: HOSTILE, shortTitle: undefined, summary: `${HOSTILE} <script>alert(2)</script>` },
    ...rest,
  ];
  await routeEvents(page, fixture);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });

  await openTimeline(page);
  const hostile = timelineEvents(page).getByRole('button', {
    name: new RegExp(`^${HOSTILE.replace(/[()]/g, '\\$&')}`),
  });
  await expect(hostile).toHaveCount(1);
  await hostile.click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(HOSTILE);
  // Written out on the timeline as text too.
  await expect(hostile.getByText(HOSTILE)).toBeVisible();
  await expect(page.getByText(`${HOSTILE} <script>alert(2)</script>`)).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(watch.foreignRequests).toEqual([]);
});

test('a dataset with a broken record still shows the rest and says what was dropped', async ({ page }) => {
  const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { start: string }[];
  const [first, ...rest] = events;
  if (!first) throw new Error('no events');
  await routeEvents(page, [{ ...first, start: '1921-13' }, ...rest]);
  await openTimeline(page);
  await expect(page.getByRole('status').first()).toContainText('1 problem in the data');
  await expect.poll(() => eventsOnTimeline(page)).toBe(rest.length);
});
