import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from '@playwright/test';
import { formatRange, parseDate } from '../src/dates';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface ListedEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  kind: string;
  factions: string[];
}

const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as ListedEvent[];
const factionNames = new Map(
  (JSON.parse(readFileSync('data/factions.json', 'utf8')) as { id: string; name: string }[]).map((f) => [
    f.id,
    f.name,
  ]),
);

/** The date as a reader sees it written, at the event's own precision. */
function shownDate(event: ListedEvent): string {
  const start = parseDate(event.start);
  if (!start) throw new Error(`${event.id}: its start does not parse`);
  const end = event.end === undefined ? undefined : (parseDate(event.end) ?? undefined);
  return formatRange(start, end);
}

const startOf = (event: ListedEvent) => parseDate(event.start)?.min ?? 0;
const collator = new Intl.Collator();
/** The list's default order: by date, and by title within a date. */
const byDate = [...events].sort((a, b) => startOf(a) - startOf(b) || collator.compare(a.title, b.title));
const titlesByDate = byDate.map((e) => e.title);
const titlesAtoZ = [...events].map((e) => e.title).sort(collator.compare);

const cardList = (page: Page) => page.getByRole('list', { name: 'Events', exact: true });
const cardTitles = (page: Page) => cardList(page).getByRole('heading', { level: 3 });

async function openList(page: Page) {
  await page.goto('/?view=list');
  await expect(page.getByRole('heading', { level: 2, name: `Events (${events.length})` })).toBeVisible();
}

/** Nothing wider than the screen: no sideways scroll, and no card that spills over its edge. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(width);
  const spills = await cardList(page).evaluate((list) =>
    [...list.children]
      .filter(
        (card) =>
          card.getBoundingClientRect().right > window.innerWidth || card.scrollWidth > card.clientWidth,
      )
      .map((card) => card.querySelector('h3')?.textContent),
  );
  expect(spills).toEqual([]);
}

for (const phone of [
  { width: 320, height: 700, hasTouch: false },
  { width: 390, height: 844, hasTouch: true },
]) {
  test.describe(`on a ${phone.width}×${phone.height} screen`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height }, hasTouch: phone.hasTouch });

    test('the list is cards with every event’s title, date, factions and kind, and no sideways scroll', async ({
      page,
    }) => {
      await openList(page);
      await expect(page.getByRole('table')).toBeHidden();
      await expect(cardTitles(page)).toHaveText(titlesByDate);
      const list = cardList(page);
      // Each card's facts in order, as the reader sees them (innerText: faction names on their lines).
      await expect(list.getByRole('term')).toHaveText(
        byDate.flatMap((e) => ['Date', e.factions.length === 1 ? 'Faction' : 'Factions', 'Kind']),
      );
      await expect(list.getByRole('definition')).toHaveText(
        byDate.flatMap((e) => [
          shownDate(e),
          e.factions.map((id) => factionNames.get(id) ?? id).join(' '),
          e.kind,
        ]),
        { useInnerText: true },
      );
      const links = list.getByRole('link');
      await expect(links).toHaveText(titlesByDate);
      for (const link of await links.all()) await expect(link).toBeVisible();
      await expectNoSidewaysScroll(page, phone.width);
    });

    test('the cards’ sort menus order them by title and back by date', async ({ page }) => {
      await openList(page);
      const sortBy = page.getByRole('combobox', { name: 'Sort by' });
      const order = page.getByRole('combobox', { name: 'Order' });
      await expect(sortBy).toBeInViewport();
      await expect(order).toBeInViewport();

      await sortBy.selectOption({ label: 'Title' });
      await expect(cardTitles(page)).toHaveText(titlesAtoZ);
      await order.selectOption({ label: 'Z to A' });
      await expect(cardTitles(page)).toHaveText([...titlesAtoZ].reverse());
      await sortBy.selectOption({ label: 'Date' });
      await expect(order).toHaveValue('descending');
      await order.selectOption({ label: 'Oldest first' });
      await expect(cardTitles(page)).toHaveText(titlesByDate);
    });
  });
}

test('the table sorts by each of its columns, Factions and Kind too', async ({ page }) => {
  await openList(page);
  const table = page.getByRole('table');
  const column = (n: number) => table.locator('tbody tr').locator(`:nth-child(${n})`);
  await page.getByRole('button', { name: 'Kind' }).click();
  await expect(page.getByRole('columnheader', { name: 'Kind' })).toHaveAttribute('aria-sort', 'ascending');
  const kinds = await column(4).allTextContents();
  expect(kinds).toEqual([...kinds].sort(collator.compare));
  expect(new Set(kinds).size).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Factions' }).click();
  await expect(page.getByRole('columnheader', { name: 'Factions' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByRole('columnheader', { name: 'Kind' })).toHaveAttribute('aria-sort', 'none');
  const sides = await column(3).allTextContents();
  expect(sides).toEqual([...sides].sort(collator.compare));
  // The faction names as written, main faction first: the Anarchists' events lead.
  expect(sides[0]).toBe(
    events.map((e) => e.factions.map((f) => factionNames.get(f) ?? f).join(', ')).sort(collator.compare)[0],
  );
  await page.getByRole('button', { name: 'Factions' }).click();
  await expect(page.getByRole('columnheader', { name: 'Factions' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(await column(3).allTextContents()).toEqual(
    [...sides].reverse().sort((a, b) => collator.compare(b, a)),
  );
});

test('a sort chosen on the cards is the table’s sort on a wider screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openList(page);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
  await expect(cardTitles(page)).toHaveText(titlesAtoZ);

  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(cardList(page)).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(titlesAtoZ);
});

test('at 1280×720 the list is a table with its four columns', async ({ page }) => {
  await openList(page);
  await expect(cardList(page)).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeHidden();
  const table = page.getByRole('table', { name: /Events matching the filters/ });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveCount(4);
  for (const name of ['Date', 'Title', 'Factions', 'Kind']) {
    await expect(table.getByRole('columnheader', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  const [first] = byDate;
  if (!first) throw new Error('data/events.json has no events');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: first.title }) });
  await expect(row.getByRole('cell')).toHaveText([
    shownDate(first),
    first.factions.map((id) => factionNames.get(id) ?? id).join(', '),
    first.kind,
  ]);
  for (const cell of await row.getByRole('cell').all()) await expect(cell).toBeInViewport({ ratio: 1 });
});

for (const screen of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`at ${screen.width} px an event opened from the list keeps its row in view, and closed by Back gives focus back to its link`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await openList(page);
    // A row some way down, reached by scrolling as a reader does.
    const event = byDate[30];
    if (!event) throw new Error('data/events.json has fewer than 31 events');
    const link = page.getByRole('main').getByRole('link', { name: event.title, exact: true });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeFocused();
    // Beside the panel the table is narrower and its rows taller: the row opened stays in view.
    await expect(link).toBeInViewport({ ratio: 1 });
    await page.goBack();
    await expect(page.getByRole('complementary', { name: event.title })).toHaveCount(0);
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport({ ratio: 1 });
  });
}

/**
 * The focused link's name, how far its top lies above the sticky header's bottom, and how far its
 * bottom lies below the window's: both at most zero when the reader sees all of it.
 */
function focusedLink(page: Page, header: ElementHandle<HTMLElement | SVGElement>) {
  return page.evaluate((th) => {
    const link = document.activeElement;
    if (!(link instanceof HTMLAnchorElement)) return null;
    const box = link.getBoundingClientRect();
    return {
      name: link.textContent,
      underHeader: th.getBoundingClientRect().bottom - box.top,
      belowWindow: box.bottom - window.innerHeight,
    };
  }, header);
}

test('tabbing through the table’s links never leaves the focused link under the sticky header', async ({
  page,
}) => {
  // Four factions' events: some 40 rows, more than two screens of them, without pressing Tab past
  // every event and back (a measurement each time).
  const chosen = ['left-opposition', 'workers-group', 'miasnikov-circle', 'bolshevik-leninists'];
  const titles = byDate.filter((e) => e.factions.some((f) => chosen.includes(f))).map((e) => e.title);
  await page.goto(`/?view=list&factions=${chosen.join(',')}`);
  await expect(page.getByRole('heading', { level: 2, name: `Events (${titles.length})` })).toBeVisible();
  const table = page.getByRole('table');
  expect((await table.boundingBox())?.height).toBeGreaterThan(2 * 720);
  const header = await page.getByRole('columnheader', { name: 'Title' }).elementHandle();
  // The last stop before the rows: the last column's sort button.
  await page.getByRole('button', { name: 'Kind' }).focus();
  for (const title of titles) {
    await page.keyboard.press('Tab');
    const place = await focusedLink(page, header);
    expect(place?.name).toBe(title);
    expect(place?.underHeader, title).toBeLessThanOrEqual(0);
    expect(place?.belowWindow, title).toBeLessThanOrEqual(0);
  }
  // And back up: here the browser brings each link in at the top, where the header is stuck.
  for (const title of [...titles].reverse().slice(1)) {
    await page.keyboard.press('Shift+Tab');
    const place = await focusedLink(page, header);
    expect(place?.name).toBe(title);
    expect(place?.underHeader, title).toBeLessThanOrEqual(0);
    expect(place?.belowWindow, title).toBeLessThanOrEqual(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the cards, ${colorScheme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/?view=list&q=Kronstadt');
    // The search's words are marked in the titles, as in the table.
    await expect(cardTitles(page).locator('mark').first()).toHaveText(/Kronstadt/i);
    await expectNoAxeViolations(page);
  });
}
