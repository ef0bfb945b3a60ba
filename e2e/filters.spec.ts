import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/features/export/to-csv';
import {
  events,
  expect,
  expectNoAxeViolations,
  filterBar,
  openTimeline,
  test,
  timelineEvents,
} from './fixtures';

const workersOpposition = events.filter((e) => e.factions.includes('workers-opposition'));
const count = (page: Page) => filterBar(page).getByRole('status');
const listRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

test("filtering to the Workers' Opposition shows exactly its events, in the timeline and in the list", async ({
  page,
}) => {
  await openTimeline(page);
  const chip = filterBar(page).getByRole('button', { name: /^Workers' Opposition/ });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText(`${workersOpposition.length} of ${events.length} events`);
  await expect(timelineEvents(page).getByRole('button')).toHaveCount(workersOpposition.length);

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
  await filterBar(page)
    .getByRole('button', { name: /^Left Opposition/ })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Trotsky');
  await expect(page).toHaveURL(/factions=left-opposition/);
  await expect(page).toHaveURL(/q=Trotsky/);
  const before = await count(page).textContent();
  await page.reload();
  await expect(filterBar(page).getByRole('button', { name: /^Left Opposition/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Trotsky');
  await expect(count(page)).toHaveText(before ?? '');
});

test('an exported CSV parses and has as many rows as the count shown', async ({ page }) => {
  await page.goto('/?factions=workers-group');
  const shown = Number((await count(page).textContent())?.split(' ')[0]);
  expect(shown).toBeGreaterThan(0);
  await page.getByText(/^Export \d+$/).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV (spreadsheet)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('oppositions-1907-1937-workers-group.csv');
  const path = await download.path();
  const rows = parseCsv(readFileSync(path, 'utf8'));
  expect(rows[0]?.slice(0, 3)).toEqual(['id', 'title', 'start']);
  expect(rows.length - 1).toBe(shown);
});

test('every filter control works by keyboard alone', async ({ page }) => {
  await openTimeline(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('congress');
  await expect(page).toHaveURL(/q=congress/);
  // Tab onwards to the first faction chip and press it with the space bar.
  const chip = filterBar(page).getByRole('button', { name: /^Party leadership/ });
  for (let i = 0; i < 10 && !(await chip.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(chip).toBeFocused();
  await page.keyboard.press('Space');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  const clear = page.getByRole('button', { name: 'Clear all' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(search).toHaveValue('');
  // The kinds open from their disclosure with Enter.
  await page.getByText('Kinds of event and people').focus();
  await page.keyboard.press('Enter');
  await filterBar(page)
    .getByRole('button', { name: /^congress/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kinds=congress/);
});

test('an unknown faction in a link is dropped with a visible notice', async ({ page }) => {
  await openTimeline(page, '?factions=workers-opposition,no-such-faction');
  await expect(page.getByText(/"no-such-faction"/)).toBeVisible();
  await expect(page).toHaveURL(/factions=workers-opposition$/);
  await expect(timelineEvents(page).getByRole('button')).toHaveCount(workersOpposition.length);
});

test('a faction card filters the timeline to that faction', async ({ page }) => {
  await page.goto('/?view=factions');
  await page
    .getByRole('button', { name: `Show ${workersOpposition.length} events of the Workers' Opposition` })
    .click();
  await expect(page).toHaveURL(/factions=workers-opposition/);
  await expect(timelineEvents(page).getByRole('button')).toHaveCount(workersOpposition.length);
});

test('the list sorts by title and by date', async ({ page }) => {
  await page.goto('/?view=list');
  await page.getByRole('button', { name: /^Title/ }).click();
  const titles = await listRows(page).getByRole('rowheader').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
});

for (const [name, url] of [
  ['the list with a search', '/?view=list&q=Kronstadt&event=kronstadt-rising'],
  ['the factions and people cards', '/?view=factions'],
  ['the timeline with filters open', '/?factions=workers-opposition&kinds=congress'],
] as const) {
  test(`axe finds nothing in ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}
