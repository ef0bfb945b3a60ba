import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, eventById, expectNoAxeViolations, sidewaysOverflow } from './fixtures';

/** The compare matrix as the app serves it. */
interface Positions {
  questions: { id: string; name: string }[];
  factions: string[];
  cells: {
    faction: string;
    question: string;
    stance?: string;
    passages: { event: string; quote: string }[];
  }[];
}
const positions = JSON.parse(readFileSync('data/positions.json', 'utf8')) as Positions;
const factionNames = new Map(
  (JSON.parse(readFileSync('data/factions.json', 'utf8')) as { id: string; name: string }[]).map((f) => [
    f.id,
    f.name,
  ]),
);
const nameOf = (faction: string) => factionNames.get(faction) ?? faction;
function cellOf(faction: string, question: string) {
  const cell = positions.cells.find((c) => c.faction === faction && c.question === question);
  if (!cell) throw new Error(`data/positions.json has no cell ${faction}:${question}`);
  return cell;
}
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

const grid = (page: Page) => page.getByRole('grid', { name: 'Who stood where' });

test('at 1280×720 the matrix shows every faction as a column and every question as a row, in view', async ({
  page,
  watch,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=compare');
  await expect(grid(page)).toBeVisible();
  await expect(page).toHaveTitle('Compare · Oppositions 1907–1937');
  const columns = grid(page).getByRole('columnheader');
  await expect(columns).toHaveText(['Question', ...positions.factions.map(nameOf)], { useInnerText: false });
  expect(positions.factions.length).toBeGreaterThanOrEqual(6);
  for (const column of await columns.all()) await expect(column).toBeInViewport({ ratio: 1 });
  const rows = grid(page).getByRole('rowheader');
  await expect(rows).toHaveCount(positions.questions.length);
  expect(positions.questions.length).toBeGreaterThanOrEqual(8);
  await expect(rows.first()).toHaveAccessibleName(positions.questions[0]?.name ?? '');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  // A stance in our words and, where the source is silent, a cell that says so.
  const first = positions.factions[0] ?? '';
  const stance = cellOf(first, positions.questions[0]?.id ?? '').stance ?? 'The text does not say.';
  await expect(grid(page).getByRole('gridcell').first()).toContainText(stance.slice(0, 40));
  if (positions.cells.some((c) => !c.stance))
    await expect(
      grid(page)
        .getByRole('gridcell', { name: /The text does not say/ })
        .first(),
    ).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('by keyboard alone: reach the grid, move to a cell, open it, read a passage in context, come back to the same cell', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=compare');
  await expect(grid(page)).toBeVisible();
  const focusedCell = grid(page).locator('[role="gridcell"]:focus');
  for (let i = 0; i < 30 && (await focusedCell.count()) === 0; i += 1) await page.keyboard.press('Tab');
  await expect(focusedCell).toHaveCount(1);

  const column = positions.factions.indexOf('workers-opposition');
  const row = positions.questions.findIndex((q) => q.id === 'one-man-management');
  for (let i = 0; i < column; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < row; i += 1) await page.keyboard.press('ArrowDown');
  const cell = cellOf('workers-opposition', 'one-man-management');
  await expect(focusedCell).toContainText((cell.stance ?? 'The text does not say.').slice(0, 30));
  // Home goes to the row's question, End to its last faction; back to the cell by arrows.
  await page.keyboard.press('Home');
  await expect(grid(page).locator('[role="rowheader"]:focus')).toHaveAccessibleName('One-man management');
  for (let i = 0; i <= column; i += 1) await page.keyboard.press('ArrowRight');

  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: "Workers' Opposition on One-man management" });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/view=compare&cell=workers-opposition:one-man-management/);
  await expect(page).toHaveTitle(
    "Workers' Opposition on One-man management · Compare · Oppositions 1907–1937",
  );
  const passage = cell.passages[0];
  if (!passage) throw new Error('the cell has no passage');
  const event = eventById(passage.event);
  const passages = page.getByRole('list', { name: /^Passages behind Workers' Opposition/ });
  await expect(passages.getByRole('listitem')).toHaveCount(cell.passages.length);
  await expect(passages.getByRole('listitem').first()).toContainText(fold(passage.quote).slice(0, 60));

  const read = passages.getByRole('link', { name: new RegExp(`^Read in context: ${event.title}`) }).first();
  for (let i = 0; i < 30 && !(await read.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(read).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`view=source&event=${event.id}&passage=`));
  await expect(page.locator('mark').first()).toBeInViewport();
  expect(fold((await page.locator('mark').allTextContents()).join(''))).toContain(fold(passage.quote));

  await page.goBack();
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(focusedCell).toContainText((cell.stance ?? 'The text does not say.').slice(0, 30));
  await expect(page).toHaveURL(/view=compare$/);
  await expect(page).toHaveTitle('Compare · Oppositions 1907–1937');
});

test('a link opens the same cell, and a malformed or unknown cell gets a notice and the matrix', async ({
  page,
}) => {
  await page.goto('/?view=compare&cell=left-communists:one-man-management');
  await expect(page.getByRole('heading', { name: 'Left Communists on One-man management' })).toBeFocused();
  const stance = cellOf('left-communists', 'one-man-management').stance ?? 'The text does not say.';
  await expect(page.getByRole('article')).toContainText(stance);
  await page.getByRole('button', { name: 'Back to the matrix' }).click();
  await expect(grid(page).locator('[role="gridcell"]:focus')).toContainText(stance.slice(0, 30));

  await page.goto('/?view=compare&cell=nonsense');
  await expect(page.getByText('"nonsense" is not a cell of the compare matrix')).toBeVisible();
  await page.goto('/?view=compare&cell=left-communists:tea-drinking');
  await expect(
    page.getByText('"left-communists:tea-drinking" that the compare matrix does not have'),
  ).toBeVisible();
  await expect(grid(page)).toBeVisible();
});

test('"Factions shown" is a button whose boxes close with Esc or a click elsewhere, never left over the matrix', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=compare');
  const shown = page.getByRole('button', { name: /^Factions shown: \d+ of \d+$/ });
  const boxes = page.getByRole('group', { name: 'Factions to compare' });
  await shown.click();
  await expect(shown).toHaveAttribute('aria-expanded', 'true');
  await boxes.getByRole('checkbox', { name: 'Left Communists' }).check();
  await expect(shown).toHaveAccessibleName(/^Factions shown: 1 of \d+$/);
  await page.keyboard.press('Escape');
  await expect(boxes).toBeHidden();
  await expect(shown).toBeFocused();
  await expect(page).toHaveURL(/view=compare/);

  await shown.press('Enter');
  await expect(boxes).toBeVisible();
  await page.getByRole('heading', { level: 2 }).click();
  await expect(boxes).toBeHidden();
  await expect(grid(page)).toBeInViewport();
});

test('deep in the table with the passages, the factions’ names and the row’s question stay on the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=compare&factions=workers-opposition,left-opposition');
  await page.getByRole('radio', { name: 'Table with the passages' }).check();
  const table = page.getByRole('table', { name: /./ });
  const second = table.getByRole('row').nth(2);
  // The second question's row, scrolled until its top has gone above the screen.
  await page.evaluate(
    (top) => window.scrollBy(0, top + 400),
    await second.evaluate((row) => row.getBoundingClientRect().top),
  );
  for (const name of ['Question', "Workers' Opposition", 'Left Opposition'])
    await expect(table.getByRole('columnheader', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(second.getByRole('rowheader')).not.toBeInViewport({ ratio: 1 });
  const question = await second
    .getByRole('rowheader')
    .evaluate((th) => th.firstElementChild?.getBoundingClientRect().top ?? -1);
  expect(question).toBeGreaterThanOrEqual(0);
});

test('a cell opened from the table in a new tab keeps the factions chosen, and Back there shows only them', async ({
  page,
  context,
}) => {
  await page.goto('/?view=compare&factions=left-communists,workers-opposition');
  await page.getByRole('radio', { name: 'Table with the passages' }).check();
  const open = page.getByRole('link', { name: 'Open Left Communists on One-man management', exact: true });
  const href = await open.getAttribute('href');
  if (!href) throw new Error('the Open link has no address');
  // As a middle click or "Open in new tab" would: the link's own address, in a page of its own.
  const tab = await context.newPage();
  await tab.goto(new URL(href, page.url()).href);
  await expect(tab.getByRole('heading', { name: 'Left Communists on One-man management' })).toBeFocused();
  await tab.getByRole('button', { name: 'Back to the matrix' }).click();
  // The matrix there (grid or table, as the reader last chose) has only the chosen factions' columns.
  await expect(tab.getByRole('main').getByRole('columnheader')).toHaveText(
    ['Question', 'Left Communists', "Workers' Opposition"],
    { useInnerText: false },
  );
});

test('a focused question shows two chosen factions side by side, stances and passages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(
    '/?view=compare&focus=question:one-man-management&factions=left-communists,workers-opposition',
  );
  const region = page.getByRole('region', { name: 'One-man management' });
  const left = region
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Left Communists' }) });
  const wo = region
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: "Workers' Opposition" }) });
  await expect(region.getByRole('heading', { level: 3 })).toHaveText([
    'Left Communists',
    "Workers' Opposition",
  ]);
  const [a, b] = [await left.first().boundingBox(), await wo.first().boundingBox()];
  if (!a || !b) throw new Error('columns not drawn');
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  for (const [locator, faction] of [
    [left, 'left-communists'],
    [wo, 'workers-opposition'],
  ] as const) {
    const cell = cellOf(faction, 'one-man-management');
    await expect(locator.first()).toContainText(cell.stance ?? 'The text does not say.');
    const quote = cell.passages[0]?.quote;
    if (quote)
      await expect(locator.first().getByRole('blockquote').first()).toContainText(fold(quote).slice(0, 50));
  }
});

test('on a phone one question at a time, the factions as cards, without sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=compare');
  const picker = page.getByRole('combobox', { name: 'Question' });
  await expect(picker).toBeVisible();
  const second = positions.questions[1];
  if (!second) throw new Error('one question only');
  await picker.selectOption({ label: second.name });
  await expect(page.getByRole('region', { name: second.name })).toBeVisible();
  await expect(
    page.getByRole('region', { name: second.name }).getByRole('heading', { level: 3 }),
  ).toHaveCount(positions.factions.length);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 320, height: 700 });
  await expect(page.getByRole('region', { name: second.name })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test('printed, the matrix is a plain table of stances with their passages and citations', async ({
  page,
}) => {
  await page.goto('/?view=compare');
  await expect(grid(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(grid(page)).toBeHidden();
  const table = page.getByRole('table', { name: /Who stood where/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(positions.factions.length + 1);
  const cell = cellOf('left-communists', 'one-man-management');
  const passage = cell.passages[0];
  if (!passage) throw new Error('the cell has no passage');
  await expect(table).toContainText(fold(passage.quote).slice(0, 60));
  const cite = eventById(passage.event).passages.find((p) =>
    fold(p.quote).includes(fold(passage.quote)),
  )?.cite;
  await expect(table).toContainText(cite ?? '');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the compare view, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?view=compare');
    await expect(grid(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await grid(page)
      .getByRole('gridcell', { name: /^For it|^Against/ })
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Back to the matrix' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
