import type { Page } from '@playwright/test';
import {
  drawnTimeline,
  events,
  expect,
  filterBar,
  openTimeline,
  test,
  timelineEvents,
  windowYears,
} from './fixtures';

/** Opens the Filters panel and presses a faction's chip. */
async function chooseFaction(page: Page, name: string) {
  const toggle = filterBar(page).getByRole('button', { name: /^Filters/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await filterBar(page)
    .getByRole('button', { name: new RegExp(`^${name},`) })
    .click();
}

/** Each drawn event's lane, read from the lane the item is drawn in. */
function drawnLanes(page: Page): Promise<Record<string, string>> {
  return drawnTimeline(page).evaluate((root) => {
    const labels = [...root.querySelectorAll<HTMLElement>('.vis-labelset .vis-label')];
    const groups = [...root.querySelectorAll<HTMLElement>('.vis-foreground > .vis-group')];
    const lanes: Record<string, string> = {};
    groups.forEach((group, i) => {
      const lane = labels[i]?.querySelector('.tl-lane__name')?.textContent ?? '';
      for (const item of group.querySelectorAll<HTMLElement>('[data-event-id]'))
        lanes[item.dataset.eventId ?? ''] = lane;
    });
    return lanes;
  });
}

test('choosing factions frames their events, each drawn in a chosen faction’s lane; Back undoes it in one step', async ({
  page,
}) => {
  await openTimeline(page);
  await chooseFaction(page, "Workers' Opposition");
  await chooseFaction(page, 'Left Opposition');
  const chosen = events.filter(
    (e) => e.factions.includes('workers-opposition') || e.factions.includes('left-opposition'),
  );
  await expect(filterBar(page).getByText(`${chosen.length} of ${events.length} events`)).toBeVisible();

  // The window now frames the results: their first start to their last end, a little either side.
  await expect(page).toHaveURL(/from=/);
  const framed = windowYears(page);
  expect(framed?.from).toBeGreaterThan(1915);
  expect(framed?.to).toBeLessThan(1940);

  // Every result sits in a lane that was chosen.
  await expect
    .poll(async () => new Set(Object.values(await drawnLanes(page))))
    .toEqual(new Set(["Workers' Opposition", 'Left Opposition']));

  // One history entry per change: Back removes the last faction and its window together.
  await page.goBack();
  await expect(page).toHaveURL(/factions=workers-opposition(&|$)/);
  await expect(filterBar(page).getByText(` of ${events.length} events`)).toBeVisible();

  // Fit all brings back every year.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
});

/** The names drawn on the timeline that run past the lanes' right edge, cut off there. */
function namesCutAtTheRight(page: Page): Promise<string[]> {
  return drawnTimeline(page).evaluate((root) => {
    const edge = document.querySelector('.timeline__scroll')?.getBoundingClientRect().right ?? innerWidth;
    return [...root.querySelectorAll<HTMLElement>('.tl-item__title')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.left < edge && r.right > edge + 1;
      })
      .map((t) => t.textContent);
  });
}

for (const { what, act } of [
  {
    what: 'choosing factions',
    act: async (page: Page) => {
      await chooseFaction(page, "Workers' Opposition");
      await chooseFaction(page, 'Left Opposition');
      await filterBar(page)
        .getByRole('button', { name: /^Filters/ })
        .click();
    },
  },
  {
    what: 'a search',
    act: (page: Page) => page.getByRole('searchbox', { name: 'Search' }).fill('Miasnikov'),
  },
]) {
  test(`after ${what} the framed window leaves the last results room for their names`, async ({ page }) => {
    await openTimeline(page);
    await act(page);
    await expect(page).toHaveURL(/from=/);
    await expect(page.locator('#timeline-events')).toHaveAttribute('aria-busy', 'false');
    expect(await namesCutAtTheRight(page)).toEqual([]);
  });
}

test('a faction that is only ever a second faction gets a lane of its own once chosen', async ({ page }) => {
  await openTimeline(page);
  await expect(timelineEvents(page).getByText("Workers' Truth", { exact: true })).toHaveCount(0);
  await chooseFaction(page, "Workers' Truth");
  await expect(timelineEvents(page).getByText("Workers' Truth", { exact: true })).toBeVisible();
  const lanes = Object.values(await drawnLanes(page));
  expect(lanes.length).toBeGreaterThan(0);
  expect(new Set(lanes)).toEqual(new Set(["Workers' Truth"]));
});

test('a search frames the events it finds', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Kronstadt');
  await expect(page).toHaveURL(/q=Kronstadt/);
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1915);
  await expect(timelineEvents(page).getByRole('button', { name: /^Kronstadt rising,/ })).toBeInViewport();
});

test("a person card's “Show events” frames that person's events on the timeline", async ({ page }) => {
  await page.goto('/?view=factions');
  await page.getByRole('button', { name: /^Show \d+ events with .*Miasnikov$/ }).click();
  await expect(page).toHaveURL(/people=miasnikov/);
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1919);
  const years = windowYears(page);
  // Miasnikov's events run from 1921 to 1923: a window of a few years, not thirty.
  expect((years?.to ?? 99) - (years?.from ?? 0)).toBeLessThan(6);
});
