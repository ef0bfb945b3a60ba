import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { events, expect, expectNoAxeViolations, test } from './fixtures';

const STORE_KEY = 'oppositions.tours.v1';
const [first, second] = events;
if (!first || !second) throw new Error('data/events.json needs two events');

interface SavedTour {
  id: string;
  title: string;
  steps: { event: string; note?: string }[];
}

async function savedTours(page: Page): Promise<SavedTour[]> {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  return text === null ? [] : (JSON.parse(text) as { tours: SavedTour[] }).tours;
}

async function openEditor(page: Page) {
  await page.goto('/?view=present');
  await page.getByRole('button', { name: 'Make your own tour' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Make your own tour' })).toBeVisible();
  await expect(page).toHaveURL(/#edit$/);
}

async function createTour(page: Page, title: string, steps: readonly { id: string; title: string }[]) {
  await page.getByLabel('New tour title').fill(title);
  await page.getByRole('button', { name: 'Create tour' }).click();
  await expect(page.getByRole('heading', { name: `Editing “${title}”` })).toBeVisible();
  for (const event of steps) {
    await page.getByLabel('Search events').fill(event.title.slice(0, 20));
    await page.getByLabel('Event to add').selectOption(event.id);
    await page.getByRole('button', { name: 'Add step' }).click();
  }
  await expect(stepTitles(page)).toHaveCount(steps.length);
}

const stepTitles = (page: Page) => page.locator('.tour-editor__step-title');

test('a tour created by keyboard opens with focus on its event search, where its first step is found', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByLabel('New tour title').fill('By keyboard');
  await page.getByLabel('New tour title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Editing “By keyboard”' })).toBeVisible();
  const search = page.getByLabel('Search events');
  await expect(search).toBeFocused();
  await expect(search).toBeInViewport();
  await page.keyboard.type(first.title.slice(0, 20));
  await page.keyboard.press('Enter');
  await expect(stepTitles(page)).toHaveText([`1. ${first.title}`]);
});

test('a tour is created, given two steps, reordered by keyboard and still there after a reload', async ({
  page,
  watch,
}) => {
  await openEditor(page);
  await createTour(page, 'My Kronstadt tour', [first, second]);
  await expect(stepTitles(page)).toHaveText([`1. ${first.title}`, `2. ${second.title}`]);

  await page.getByRole('button', { name: 'Move step 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(stepTitles(page)).toHaveText([`1. ${second.title}`, `2. ${first.title}`]);
  await expect(page.getByRole('status').filter({ hasText: 'Step 2 moved to position 1.' })).toBeAttached();
  // Focus follows the moved step.
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(stepTitles(page)).toHaveText([`1. ${first.title}`, `2. ${second.title}`]);
  await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeFocused();
  await page.getByRole('button', { name: 'Move step 2 up' }).press('Enter');

  await page.getByLabel('Note for step 1').fill('Ask who sailed');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Editing “My Kronstadt tour”' })).toBeVisible();
  await expect(stepTitles(page)).toHaveText([`1. ${second.title}`, `2. ${first.title}`]);
  await expect(page.getByLabel('Note for step 1')).toHaveValue('Ask who sailed');

  // The saved tour is presentable from the picker like a built-in one.
  await page.getByRole('button', { name: 'Back to the tours' }).click();
  await page
    .getByRole('list', { name: 'Your tours' })
    .getByRole('button', { name: /^Start/ })
    .click();
  await page.getByRole('button', { name: 'Begin the tour' }).click();
  await expect(page.getByRole('heading', { level: 2, name: second.title, exact: true })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('an event’s title typed in the search, Add step adds that event, not the earliest that mentions it', async ({
  page,
}) => {
  await openEditor(page);
  await createTour(page, 'The congress', []);
  await page.getByLabel('Search events').fill('Tenth Party Congress');
  await expect(page.getByLabel('Event to add')).toHaveValue('tenth-party-congress');
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(stepTitles(page)).toHaveText(['1. Tenth Party Congress']);
});

test('a tour made or changed in another tab appears in this one', async ({ page, context }) => {
  await openEditor(page);
  await expect(page.getByText('No saved tours yet.')).toBeVisible();
  const other = await context.newPage();
  await openEditor(other);
  await createTour(other, 'From the other tab', [first]);
  const mine = page.getByRole('list', { name: 'Your saved tours' });
  await expect(mine).toContainText('From the other tab');
  await expect(mine).toContainText('1 step');
  await other.getByLabel('Note for step 1').fill('Typed over there');
  await page.getByRole('button', { name: 'Edit “From the other tab”' }).click();
  await expect(page.getByLabel('Note for step 1')).toHaveValue('Typed over there');
});

test('an exported tour imports back as the same tour', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditor(page);
  await createTour(page, 'Round trip', [first, second]);
  await page.getByLabel('Note for step 2').fill('A note');
  const [saved] = await savedTours(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${saved?.id ?? ''}.tour.json`);
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(saved);

  await page.getByRole('button', { name: 'Delete “Round trip”' }).click();
  expect(await savedTours(page)).toEqual([]);
  await page.getByLabel('Import a tour file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Editing “Round trip”' })).toBeVisible();
  expect(await savedTours(page)).toEqual([saved]);

  // Imported again, it asks first: replace the saved one, or keep both (the second with an id of its own).
  await page.getByLabel('Import a tour file').setInputFiles(path);
  const question = page.getByRole('group', { name: /“Round trip” is already in your tours/ });
  await expect(question).toBeFocused();
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(question).toHaveCount(0);
  expect(await savedTours(page)).toEqual([saved]);

  await page.getByLabel('Import a tour file').setInputFiles(path);
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('list', { name: 'Your saved tours' }).getByRole('listitem')).toHaveCount(2);
  const tours = await savedTours(page);
  expect(tours[1]?.id).not.toBe(saved?.id);
  expect({ ...tours[1], id: saved?.id }).toEqual(saved);
});

test('the export button reads “Export as a file”', async ({ page }) => {
  await openEditor(page);
  await createTour(page, 'Label', [first]);
  const button = page.getByRole('button', { name: 'Export “Label” as a file' });
  // Drawn with a space between "Export" and "as" (the hidden title between them took it away).
  const gap = await button.evaluate((el) => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const word = texts.find((t) => t.data.includes('Export'));
    const rest = texts.find((t) => t.data.includes('as a file'));
    if (!word || !rest) return -1;
    const before = document.createRange();
    before.selectNodeContents(word);
    const after = document.createRange();
    const at = rest.data.indexOf('as');
    after.setStart(rest, at);
    after.setEnd(rest, at + 2);
    return after.getBoundingClientRect().left - before.getBoundingClientRect().right;
  });
  expect(gap).toBeGreaterThan(2);
});

test('a removed step comes back, note and all, with Undo', async ({ page }) => {
  await openEditor(page);
  await createTour(page, 'Undo me', [first, second]);
  await page.getByLabel('Note for step 1').fill('Ask the class first');
  await page.getByRole('button', { name: 'Remove step 1' }).click();
  await expect(stepTitles(page)).toHaveText([`1. ${second.title}`]);
  const undo = page.getByRole('button', { name: 'Undo removing step 1' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stepTitles(page)).toHaveText([`1. ${first.title}`, `2. ${second.title}`]);
  await expect(page.getByLabel('Note for step 1')).toHaveValue('Ask the class first');
  expect((await savedTours(page))[0]?.steps[0]).toMatchObject({
    event: first.id,
    note: 'Ask the class first',
  });
});

test('"Duplicate and edit" copies a built-in tour into the editor, where its steps reorder', async ({
  page,
}) => {
  const builtIn = (JSON.parse(readFileSync('data/tours.json', 'utf8')) as SavedTour[])[0];
  if (!builtIn) throw new Error('data/tours.json holds no tours');
  const titleOf = (id: string | undefined) => events.find((e) => e.id === id)?.title ?? '';
  await page.goto('/?view=present');
  await page.getByRole('button', { name: `Duplicate “${builtIn.title}” and edit` }).click();
  await expect(page.getByRole('heading', { name: `Editing “${builtIn.title} (copy)”` })).toBeVisible();
  await expect(stepTitles(page)).toHaveCount(builtIn.steps.length);
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(stepTitles(page).nth(0)).toHaveText(`1. ${titleOf(builtIn.steps[1]?.event)}`);
  await expect(stepTitles(page).nth(1)).toHaveText(`2. ${titleOf(builtIn.steps[0]?.event)}`);
  const [copy] = await savedTours(page);
  expect(copy?.id).not.toBe(builtIn.id);
  expect(copy?.steps.map((s) => s.event)).toEqual([
    builtIn.steps[1]?.event,
    builtIn.steps[0]?.event,
    ...builtIn.steps.slice(2).map((s) => s.event),
  ]);
  // The teacher's notes come with it.
  expect(copy?.steps[1]?.note).toBe(builtIn.steps[0]?.note);
  await expectNoAxeViolations(page);
});

test('a malformed import names the problem and leaves the saved tours alone', async ({ page }) => {
  await openEditor(page);
  await createTour(page, 'Keep me', [first]);
  const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  const input = page.getByLabel('Import a tour file');

  const unknown = { id: 'bad-tour', title: 'Bad', steps: [{ event: 'no-such-event' }] };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(unknown)),
  });
  await expect(page.getByRole('alert')).toContainText(
    'bad.json: tour “bad-tour”: step 1, field “event”: unknown event "no-such-event"',
  );
  // Counted as the teacher counts: the second step is step 2, not steps[1].
  const second = { ...unknown, steps: [{ event: first.id }, { event: first.id, passage: 99 }] };
  await input.setInputFiles({
    name: 'second.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(second)),
  });
  await expect(page.getByRole('alert')).toContainText(
    'second.json: tour “bad-tour”: step 2, field “passage”',
  );
  await expect(page.getByRole('alert')).not.toContainText('steps[');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);

  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('hello'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.json: is not a JSON file');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
  await expect(page.getByRole('list', { name: 'Your saved tours' }).getByRole('listitem')).toHaveCount(1);
});

test('a refusal is said once, in the editor, and goes once the reader has put it right', async ({ page }) => {
  await openEditor(page);
  const said = (words: string) => page.getByText(words, { exact: true });
  // A title of spaces gets past the browser's own check; the editor refuses it.
  await page.getByLabel('New tour title').fill('   ');
  await page.getByRole('button', { name: 'Create tour' }).click();
  await expect(said('A tour needs a title.')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveText('A tour needs a title.');
  await page.getByLabel('New tour title').fill('Lesson');
  await expect(said('A tour needs a title.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Create tour' }).click();
  await expect(page.getByRole('heading', { name: 'Editing “Lesson”' })).toBeVisible();
  await page
    .getByRole('list', { name: 'Your saved tours' })
    .getByRole('button', { name: /^Present/ })
    // Marked aria-disabled, which Playwright will not click; a reader's pointer still can.
    .click({ force: true });
  await expect(said('Add a step before presenting this tour.')).toHaveCount(1);
  await page.getByLabel('Search events').fill(first.title.slice(0, 20));
  await page.getByLabel('Event to add').selectOption(first.id);
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(stepTitles(page)).toHaveCount(1);
  await expect(said('Add a step before presenting this tour.')).toHaveCount(0);

  // Some other JSON file, chosen by mistake: said in one line.
  await page.getByLabel('Import a tour file').setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ hello: 'world' })),
  });
  await expect(page.getByRole('alert')).toContainText(
    'package.json: is a JSON file, but not a tour file: a tour has a title and steps, and nothing in it does.',
  );
  await expect(page.getByRole('alert')).not.toContainText('is missing');
});

test('on a phone, a refusal far down the editor is said where the reader is', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEditor(page);
  await createTour(page, 'Lesson', [first]);
  const rename = page.getByRole('textbox', { name: 'Tour title', exact: true });
  await rename.fill('   ');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('alert')).toHaveText('A tour needs a title.');
  await expect(page.getByRole('alert')).toBeInViewport({ ratio: 1 });
  await expect(rename).toBeInViewport();
});

test('a share link opens read-only and "Save a copy" saves it', async ({ page, context }) => {
  await openEditor(page);
  await createTour(page, 'Shared lesson', [first, second]);
  await page.getByRole('button', { name: 'Share links' }).click();
  const field = page.getByLabel('Link for a colleague');
  await expect(field).toHaveValue(/\?view=present#tour=[A-Za-z0-9_-]+$/);
  await expect(page.getByLabel('Link for students')).toHaveValue(/\?view=present#tour=[A-Za-z0-9_-]+$/);
  // At 1280 px the link takes the row, its Copy button beside it.
  const [fieldBox, copyBox] = [
    await field.boundingBox(),
    await page.getByRole('button', { name: 'Copy the link for a colleague' }).boundingBox(),
  ];
  expect(fieldBox?.width).toBeGreaterThan(600);
  expect(Math.abs((copyBox?.y ?? 0) - (fieldBox?.y ?? 1000))).toBeLessThan(12);
  const link = await field.inputValue();
  await page.evaluate(() => localStorage.clear());

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Shared tour: Shared lesson' })).toBeVisible();
  await expect(other.getByRole('textbox')).toHaveCount(0);
  await expect(other.getByRole('button', { name: /Move step/ })).toHaveCount(0);
  await other.getByRole('button', { name: 'Save a copy' }).click();
  await expect(
    other.getByRole('status').filter({ hasText: 'Saved a copy of “Shared lesson”' }),
  ).toBeVisible();
  const tours = await savedTours(other);
  expect(tours.map((t) => [t.title, t.steps.map((s) => s.event)])).toEqual([
    ['Shared lesson', [first.id, second.id]],
  ]);
  await expect(other.getByRole('list', { name: 'Your tours' })).toContainText('Shared lesson');

  await other.goto('/?view=present#tour=not-a-tour');
  await expect(other.getByRole('alert')).toContainText('could not be decoded');
});

test('the editor has no axe violations', async ({ page }) => {
  await openEditor(page);
  await createTour(page, 'Accessible', [first, second]);
  await page.getByRole('button', { name: 'Share links' }).click();
  await expect(page.getByLabel('Link for students')).toBeVisible();
  await page.getByLabel('Import a tour file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('nope'),
  });
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('steps reorder by drag and drop too', async ({ page }) => {
  await openEditor(page);
  await createTour(page, 'Dragged', [first, second]);
  const steps = page.locator('.tour-editor__step');
  // The HTML5 drag events a mouse drag fires, dispatched with one shared DataTransfer.
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await steps.nth(1).dispatchEvent('dragstart', { dataTransfer });
  await steps.nth(0).dispatchEvent('dragover', { dataTransfer });
  await steps.nth(0).dispatchEvent('drop', { dataTransfer });
  await steps.nth(1).dispatchEvent('dragend', { dataTransfer });
  await expect(stepTitles(page)).toHaveText([`1. ${second.title}`, `2. ${first.title}`]);
  expect((await savedTours(page))[0]?.steps.map((s) => s.event)).toEqual([second.id, first.id]);
});

test('opening and leaving the editor by keyboard puts focus on its heading, then back on its button', async ({
  page,
}) => {
  await page.goto('/?view=present');
  const makeTour = page.getByRole('button', { name: 'Make your own tour' });
  await makeTour.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'Make your own tour' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  // Focus went somewhere a keyboard user can see.
  await expect(heading).toHaveCSS('outline-style', 'solid');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back to the tours' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(makeTour).toBeFocused();
  await expect(makeTour).toBeInViewport({ ratio: 1 });
  await expect(page).not.toHaveURL(/#edit/);
});

test('with a mouse, and with the browser’s Back, focus lands on the heading and the button too', async ({
  page,
}) => {
  await page.goto('/?view=present');
  const makeTour = page.getByRole('button', { name: 'Make your own tour' });
  await makeTour.click();
  const heading = page.getByRole('heading', { level: 2, name: 'Make your own tour' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Back to the tours' }).click();
  await expect(makeTour).toBeFocused();
  await expect(makeTour).toBeInViewport({ ratio: 1 });

  await makeTour.click();
  await expect(heading).toBeFocused();
  await page.goBack();
  await expect(makeTour).toBeFocused();
  await expect(makeTour).toBeInViewport({ ratio: 1 });
});
