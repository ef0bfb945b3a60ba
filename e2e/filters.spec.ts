import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readCsv } from '../src/features/export/read-csv.test-support';
import {
  events,
  expect,
  expectNoAxeViolations,
  filterBar,
  openTimeline,
  test,
  timelineEvents,
  eventsOnTimeline,
} from './fixtures';

const workersOpposition = events.filter((e) => e.factions.includes('workers-opposition'));
const count = (page: Page) => filterBar(page).getByRole('status');
const exportButton = (page: Page) => filterBar(page).getByRole('button', { name: /^Export/ });
const searchBox = (page: Page) => filterBar(page).getByRole('searchbox', { name: 'Search' });
const filtersButton = (page: Page) => filterBar(page).getByRole('button', { name: /^Filters/ });
const chip = (page: Page, name: string) =>
  filterBar(page).getByRole('button', { name: new RegExp(`^${name}`) });

/** Opens the panel of chips behind the Filters button, as a reader would. */
async function openFilters(page: Page): Promise<void> {
  await filtersButton(page).click();
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
}
/** Pairs of events drawn on the timeline whose marks or names cover each other. */
function overlappingEvents(page: Page): Promise<string[]> {
  return timelineEvents(page).evaluate((root) => {
    const items = [...root.querySelectorAll<HTMLElement>('[data-event-id]')]
      .map((el) => ({ id: el.dataset.eventId ?? '', box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    const pairs: string[] = [];
    items.forEach((a, i) =>
      items.slice(i + 1).forEach((b) => {
        const [p, q] = [a.box, b.box];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
          pairs.push(`${a.id} × ${b.id}`);
      }),
    );
    return pairs;
  });
}

/** The events drawn as bars across their time. */
const barsDrawn = (page: Page) =>
  timelineEvents(page).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.vis-range [data-event-id]')].map((el) => el.dataset.eventId),
  );

const listRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

test('events that change from a bar to a dot as filters re-frame the window never cover one another', async ({
  page,
}) => {
  await openTimeline(page);
  const settled = async (factions: string) => {
    await expect(page).toHaveURL(new RegExp(`factions=${factions}.*from=|from=.*factions=${factions}`));
    await expect(timelineEvents(page)).toHaveAttribute('aria-busy', 'false');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  };
  await openFilters(page);
  await chip(page, "Workers' Opposition").click();
  await settled('workers-opposition');
  const barsBefore = await barsDrawn(page);
  await chip(page, 'Democratic Centralists').click();
  await settled('workers-opposition,democratic-centralists');
  // Closing the panel gives the lanes more height, and more rows to fill.
  await page.keyboard.press('Escape');
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const barsAfter = await barsDrawn(page);
  // What the test is about: some event was a bar, and is now a dot with its name.
  expect(barsBefore.filter((id) => !barsAfter.includes(id))).not.toEqual([]);
  expect(await overlappingEvents(page)).toEqual([]);
});

test("filtering to the Workers' Opposition shows exactly its events, in the timeline and in the list", async ({
  page,
}) => {
  await openTimeline(page);
  await openFilters(page);
  const wo = chip(page, "Workers' Opposition");
  await wo.click();
  await expect(wo).toHaveAttribute('aria-pressed', 'true');
  // The panel stays open while chips are toggled.
  await expect(wo).toBeVisible();
  await expect(count(page)).toHaveText(`${workersOpposition.length} of ${events.length} events`);
  await expect(filtersButton(page)).toHaveAccessibleName('Filters, 1 active');
  await expect.poll(() => eventsOnTimeline(page)).toBe(workersOpposition.length);

  await page.getByRole('link', { name: 'List', exact: true }).click();
  await expect(listRows(page)).toHaveCount(workersOpposition.length);
  const titles = await listRows(page).getByRole('rowheader').allTextContents();
  expect(titles.sort()).toEqual(workersOpposition.map((e) => e.title).sort());
});

test('searching "Kronstadt" finds the Kronstadt rising and marks the match', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Kronstadt');
  await expect(timelineEvents(page).getByRole('button', { name: /^Kronstadt rising,/ })).toBeVisible();
  await page.getByRole('link', { name: 'List', exact: true }).click();
  const row = listRows(page).filter({ hasText: 'Kronstadt rising' });
  await expect(row.locator('mark')).toHaveText('Kronstadt');
});

test('another spelling finds the same person: "Myasnikov" finds Miasnikov', async ({ page }) => {
  await page.goto('/?view=list&q=Myasnikov');
  await expect(listRows(page).filter({ hasText: 'Miasnikov' }).first()).toBeVisible();
});

test('filters and search survive a reload through the URL', async ({ page }) => {
  await openTimeline(page);
  await openFilters(page);
  await chip(page, 'Left Opposition').click();
  await searchBox(page).fill('Trotsky');
  await expect(page).toHaveURL(/factions=left-opposition/);
  await expect(page).toHaveURL(/q=Trotsky/);
  // The count a reader reads: once the search has answered ("Searching…" while its index loads).
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
  const before = await count(page).textContent();
  await page.reload();
  // The bar says what is in force without opening the panel.
  await expect(filterBar(page).getByRole('button', { name: 'Remove filter: Left Opposition' })).toBeVisible();
  await expect(
    filterBar(page).getByRole('button', { name: 'Remove filter: Search “Trotsky”' }),
  ).toBeVisible();
  await expect(searchBox(page)).toHaveValue('Trotsky');
  await expect(count(page)).toHaveText(before ?? '');
  await openFilters(page);
  await expect(chip(page, 'Left Opposition')).toHaveAttribute('aria-pressed', 'true');
});

test('an exported CSV parses and has as many rows as the count shown', async ({ page }) => {
  await page.goto('/?factions=workers-group');
  const shown = Number((await count(page).textContent())?.split(' ')[0]);
  expect(shown).toBeGreaterThan(0);
  await filterBar(page)
    .getByRole('button', { name: `Export ${shown}` })
    .click();
  const csv = page.getByRole('button', { name: 'CSV, a row per event' });
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  // Choosing a format closes the menu.
  await expect(csv).toBeHidden();
  expect(download.suggestedFilename()).toBe('oppositions-1907-1937-workers-group.csv');
  const path = await download.path();
  const rows = readCsv(readFileSync(path, 'utf8'));
  expect(rows[0]?.slice(0, 3)).toEqual(['id', 'title', 'start']);
  expect(rows.length - 1).toBe(shown);
});

test('every filter control works by keyboard alone', async ({ page }) => {
  await openTimeline(page);
  const search = searchBox(page);
  await search.focus();
  await page.keyboard.type('congress');
  await expect(page).toHaveURL(/q=congress/);
  // The panel follows its button in the tab order: Enter opens it, Tab reaches the filters in force
  // at its top (the search) and Clear all, then the first chip ("Words of the time only"), then
  // the factions'.
  await filtersButton(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(
    filterBar(page).getByRole('button', { name: 'Remove filter: Search “congress”' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(filterBar(page).getByRole('button', { name: 'Clear all' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chip(page, 'Words of the time only')).toBeFocused();
  await page.keyboard.press('Tab');
  const leadership = chip(page, 'Party leadership');
  await expect(leadership).toBeFocused();
  await page.keyboard.press('Space');
  await expect(leadership).toHaveAttribute('aria-pressed', 'true');
  const kind = chip(page, 'congress');
  await kind.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kinds=congress/);
  await filterBar(page).getByRole('combobox', { name: 'Person' }).selectOption('kollontai');
  await expect(page).toHaveURL(/people=kollontai/);
  const clear = filterBar(page).getByRole('button', { name: 'Clear all' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(leadership).toHaveAttribute('aria-pressed', 'false');
  await expect(search).toHaveValue('');
  await expect(clear).toHaveCount(0);
  // Nothing left to clear: focus waits on the Filters button rather than falling to the page.
  await expect(filtersButton(page)).toBeFocused();
});

test('an unknown faction in a link is dropped with a visible notice', async ({ page }) => {
  await openTimeline(page, '?factions=workers-opposition,no-such-faction');
  await expect(page.getByText(/"no-such-faction"/)).toBeVisible();
  await expect(page).toHaveURL(/factions=workers-opposition(&|$)/);
  await expect.poll(() => eventsOnTimeline(page)).toBe(workersOpposition.length);
});

test('a faction card filters the timeline to that faction, entered from its start', async ({ page }) => {
  await page.goto('/?view=factions');
  // A card far down the page: the timeline must not open scrolled, nor drop focus on <body>.
  await page.getByRole('button', { name: /^Show \d+ events with Gavriil Il'ich Miasnikov$/ }).click();
  await expect(page).toHaveURL(/people=miasnikov/);
  await expect(page.getByRole('main')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeInViewport();

  await page.goto('/?view=factions');
  await page
    .getByRole('button', { name: `Show ${workersOpposition.length} events of the Workers' Opposition` })
    .click();
  await expect(page).toHaveURL(/factions=workers-opposition/);
  await expect.poll(() => eventsOnTimeline(page)).toBe(workersOpposition.length);
});

test('the list sorts by title and by date', async ({ page }) => {
  await page.goto('/?view=list');
  await page.getByRole('button', { name: /^Title/ }).click();
  const titles = await listRows(page).getByRole('rowheader').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
});

for (const width of [1200, 1280]) {
  test(`at ${width}×720 the closed bar is one row, and the timeline starts right under it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 720 });
    await openTimeline(page);
    const bar = await filterBar(page).boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(70);
    for (const control of [searchBox(page), count(page), filtersButton(page), exportButton(page)]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    await expect(timelineEvents(page)).toBeInViewport();
  });
}

test('"/" focuses the search box from anywhere on the page, and types a "/" once inside it', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByRole('link', { name: 'List', exact: true }).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('1921/');
  await expect(searchBox(page)).toHaveValue('1921/');
  await expect(searchBox(page)).toHaveAttribute('aria-keyshortcuts', '/');
});

test('Esc empties the search box, and only then closes an open event', async ({ page }) => {
  await openTimeline(page, '?event=tenth-party-congress&q=Kronstadt');
  const panel = page.getByRole('complementary', { name: 'Tenth Party Congress' });
  await expect(panel).toBeVisible();
  await searchBox(page).focus();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('the Filters panel opens and closes by keyboard, focus going back to its button', async ({ page }) => {
  await openTimeline(page);
  const button = filtersButton(page);
  const leadership = chip(page, 'Party leadership');
  await expect(leadership).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(leadership).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(chip(page, 'Words of the time only')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(leadership).toBeHidden();

  await page.keyboard.press('Space');
  const done = filterBar(page).getByRole('button', { name: 'Done' });
  await done.focus();
  await page.keyboard.press('Enter');
  await expect(leadership).toBeHidden();
  await expect(button).toBeFocused();
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('pressing a chip moves no other: a second click where the next chip was lands on it', async ({
      page,
    }) => {
      await openTimeline(page);
      await openFilters(page);
      const second = chip(page, 'Left Opposition');
      await second.scrollIntoViewIfNeeded();
      const before = await second.boundingBox();
      await chip(page, "Workers' Opposition").click();
      await expect(page).toHaveURL(/factions=workers-opposition(&|$)/);
      // The chosen filter is listed on the line kept for it, and the counts say "n of m".
      await expect(
        filterBar(page).getByRole('button', { name: "Remove filter: Workers' Opposition" }),
      ).toBeVisible();
      await expect(second).toHaveAccessibleName(/^Left Opposition, 0 of \d+ events shown$/);
      expect(await second.boundingBox()).toEqual(before);
      // Where the reader saw it: the click a pointer makes, not one aimed at the chip's new place.
      if (!before) throw new Error('the Left Opposition chip has no box');
      await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
      await expect(page).toHaveURL(/factions=workers-opposition,left-opposition(&|$)/);
      await expect(second).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

test('after a search the chips say how many of the events shown are each faction’s', async ({ page }) => {
  await openTimeline(page);
  await searchBox(page).fill('Kronstadt');
  // Waits for the search to answer (not "Searching…") and to narrow what is shown.
  await expect(count(page)).toHaveText(new RegExp(`^(?!${events.length} )\\d+ of ${events.length} events$`));
  const shown = Number((await count(page).textContent())?.split(' ')[0]);
  await openFilters(page);
  const wo = chip(page, "Workers' Opposition");
  const total = workersOpposition.length;
  // To the eye "n of m": of the events shown, n are the faction's, out of its m.
  // As drawn: innerText leaves out the room each count keeps for its widest form (hidden).
  const seen = /(\d+) of (\d+)$/.exec((await wo.innerText()).trim());
  expect(Number(seen?.[2])).toBe(total);
  const inWo = Number(seen?.[1]);
  expect(inWo).toBeLessThanOrEqual(Math.min(shown, total - 1));
  await expect(wo).toHaveAccessibleName(`Workers' Opposition, ${inWo} of ${total} events shown`);
});

test('an active-filter chip removes its filter, focus moving to the next chip, then to Filters', async ({
  page,
}) => {
  await openTimeline(page, '?factions=workers-opposition,left-opposition');
  const first = filterBar(page).getByRole('button', { name: "Remove filter: Workers' Opposition" });
  const second = filterBar(page).getByRole('button', { name: 'Remove filter: Left Opposition' });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveCount(0);
  await expect(page).toHaveURL(/factions=left-opposition(&|$)/);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(`${events.length} of ${events.length} events`);
  await expect(filtersButton(page)).toBeFocused();
  await expect(filtersButton(page)).toHaveAccessibleName('Filters');
});

test('Esc in the Export menu closes it and leaves the open event open', async ({ page }) => {
  await openTimeline(page, '?event=tenth-party-congress');
  const panel = page.getByRole('complementary', { name: 'Tenth Party Congress' });
  await expect(panel).toBeVisible();
  await exportButton(page).click();
  const csv = page.getByRole('button', { name: 'CSV, a row per event' });
  await expect(csv).toBeInViewport();
  // The popup hangs under the bar: it covers none of the bar's controls.
  const [popup, bar] = await Promise.all([csv.locator('..').boundingBox(), filterBar(page).boundingBox()]);
  expect(popup?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  await csv.focus();
  await page.keyboard.press('Escape');
  await expect(csv).toBeHidden();
  await expect(exportButton(page)).toBeFocused();
  await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeVisible();

  // A click elsewhere closes it too.
  await exportButton(page).click();
  await expect(csv).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(csv).toBeHidden();
});

for (const [width, height] of [
  [390, 844],
  [320, 700],
] as const) {
  test.describe(`on a ${width}×${height} phone`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('the bar fits the width in two rows, and the open panel wraps its chips', async ({ page }) => {
      await openTimeline(page, '?factions=workers-opposition&q=Kronstadt');
      const widest = () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
      expect(await widest()).toBeLessThanOrEqual(width);
      const [search, button] = await Promise.all([
        searchBox(page).boundingBox(),
        filtersButton(page).boundingBox(),
      ]);
      const exportBox = await filterBar(page)
        .getByRole('button', { name: /^Export/ })
        .boundingBox();
      // The search takes the first row; the count, Filters and Export share the second.
      expect(button?.y).toBeGreaterThan((search?.y ?? 0) + (search?.height ?? 0) - 1);
      expect(exportBox?.y).toBe(button?.y);
      for (const control of [searchBox(page), count(page), filtersButton(page)]) {
        await expect(control).toBeInViewport({ ratio: 1 });
      }

      await openFilters(page);
      expect(await widest()).toBeLessThanOrEqual(width);
      await expect(
        filterBar(page).getByRole('button', { name: "Remove filter: Workers' Opposition" }),
      ).toBeVisible();
      const longest = chip(page, 'German state and army');
      await longest.scrollIntoViewIfNeeded();
      await expect(longest).toBeInViewport({ ratio: 1 });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the timeline with the Filters panel open, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTimeline(page, '?factions=workers-opposition&kinds=congress&q=Kronstadt');
    await openFilters(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}

for (const [name, url] of [
  ['the list with a search', '/?view=list&q=Kronstadt&event=kronstadt-rising'],
  ['the factions and people cards', '/?view=factions'],
] as const) {
  test(`axe finds nothing in ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}
