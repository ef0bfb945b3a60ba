import { SUB_PATH } from '../scripts/hosting/e2e-hosting';
import { eventById, expect, test, timelineEvents } from './fixtures';
import { recordFailedRequests, walkEveryView } from './view-walk';

test('under /history/oppositions/ every view works, and nothing is asked for outside that folder', async ({
  page,
  baseURL,
  watch,
}) => {
  // Nine views, each loaded afresh: more than the default 30 s on a busy two-core machine.
  test.setTimeout(60_000);
  const folder = `${baseURL}${SUB_PATH}`;
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(baseURL ?? '') && !request.url().startsWith(folder))
      outside.push(request.url());
  });
  recordFailedRequests(page, failed);
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
  });

  await walkEveryView(page, SUB_PATH);

  // Back on the timeline by the header's link, an event opened by a click, its text read.
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const mutiny = eventById('kronstadt-rising');
  await timelineEvents(page)
    .getByRole('button', { name: new RegExp(`^${mutiny.title},`) })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: mutiny.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${folder}\\?.*event=${mutiny.id}`));

  // The manifest and its icons resolve under the folder too.
  const manifestHref = await page
    .locator('link[rel="manifest"]')
    .evaluate((link: HTMLLinkElement) => link.href);
  expect(manifestHref).toBe(`${folder}manifest.webmanifest`);
  const manifest = (await (await page.request.get(manifestHref)).json()) as { icons: { src: string }[] };
  for (const icon of manifest.icons) {
    expect((await page.request.get(new URL(icon.src, manifestHref).href)).status(), icon.src).toBe(200);
  }

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a deep link into the folder opens its view and event, and the folder without its slash is sent to it', async ({
  page,
  baseURL,
}) => {
  const congress = eventById('tenth-party-congress');
  await page.goto(`${SUB_PATH}?view=list&event=${congress.id}`);
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'List', exact: true })).toHaveAttribute('aria-current', 'page');

  await page.goto(`${SUB_PATH.slice(0, -1)}?view=factions`);
  await expect(page).toHaveURL(`${baseURL}${SUB_PATH}?view=factions`);
  await expect(page.getByRole('heading', { level: 2, name: 'Factions' })).toBeVisible();
});
