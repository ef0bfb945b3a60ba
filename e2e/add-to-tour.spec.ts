import type { Page } from '@playwright/test';
import { eventById, expect, expectNoAxeViolations, openTimeline, test, eventButton } from './fixtures';

const STORE_KEY = 'oppositions.tours.v1';
const kronstadt = eventById('kronstadt-rising');
const congress = eventById('tenth-party-congress');

const panelFor = (page: Page, title: string) => page.getByRole('complementary', { name: title });
const addButton = (page: Page) => page.getByRole('button', { name: 'Add to tour' });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORE_KEY);

/** Opens an event by clicking it on the timeline, as a teacher browsing would. */
async function openOnTimeline(page: Page, title: string) {
  await eventButton(page, { title }).click();
  await expect(panelFor(page, title)).toBeVisible();
}

test('a teacher adds two events to a new tour, is told of a duplicate, and finds both in the editor', async ({
  page,
  context,
  watch,
}) => {
  await openTimeline(page, '?from=1921-01-01&to=1921-06-30');
  await openOnTimeline(page, kronstadt.title);

  await addButton(page).click();
  await expect(addButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('You have no saved tours yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New tour…' }).click();
  await page.getByRole('textbox', { name: 'Title of the new tour' }).fill('Kronstadt, 1921');
  await page.getByRole('button', { name: 'Create and add' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Open in editor' });
  await expect(status).toHaveText('Added to “Kronstadt, 1921” as step 1. Open in editor');
  await expect(addButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(addButton(page)).toBeFocused();

  // A second event, from the list this time, goes to the same tour.
  await page.getByRole('link', { name: 'List', exact: true }).click();
  await page.getByRole('link', { name: congress.title, exact: true }).click();
  await expect(panelFor(page, congress.title)).toBeVisible();
  await addButton(page).click();
  await page.getByRole('button', { name: /^Kronstadt, 1921/ }).click();
  await expect(status).toHaveText('Added to “Kronstadt, 1921” as step 2. Open in editor');

  // Added again, it is not duplicated: the teacher is told where it already is.
  await addButton(page).click();
  const tourChoice = page.getByRole('button', { name: /^Kronstadt, 1921/ });
  await expect(tourChoice).toHaveText(/2 steps · has this event as step 2/);
  await tourChoice.click();
  await expect(status).toHaveText(
    'Already in “Kronstadt, 1921” as step 2, so it was not added again. Open in editor',
  );

  const editorLink = status.getByRole('link', { name: 'Open in editor' });
  const href = await editorLink.getAttribute('href');
  await editorLink.click();
  await expect(page).toHaveURL(
    /\?view=present&event=tenth-party-congress&.*#edit=kronstadt-1921-[a-z0-9]{4}$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Make your own tour' })).toBeFocused();
  const steps = page.getByRole('list', { name: 'Steps of “Kronstadt, 1921”' }).getByRole('listitem');
  const stepTitles = steps.locator('.tour-editor__step-title');
  await expect(stepTitles).toHaveText([`1. ${kronstadt.title}`, `2. ${congress.title}`]);

  await page.reload();
  await expect(stepTitles).toHaveText([`1. ${kronstadt.title}`, `2. ${congress.title}`]);
  // Each step shows its event in a window around it, as the editor's own steps do.
  const saved = JSON.parse((await stored(page)) ?? 'null') as {
    tours: { steps: { event: string; window?: { from: string; to: string } }[] }[];
  };
  expect(saved.tours[0]?.steps).toEqual([
    { event: kronstadt.id, window: { from: '1921-01-01', to: '1921-05-31' } },
    { event: congress.id, window: { from: '1921-01-01', to: '1921-05-31' } },
  ]);

  // Back returns to the event the teacher came from.
  await page.goBack();
  await expect(panelFor(page, congress.title)).toBeVisible();

  // The link's own address, opened in a new tab, goes to the same tour.
  const tab = await context.newPage();
  await tab.goto(href ?? '');
  await expect(tab.getByRole('heading', { name: 'Editing “Kronstadt, 1921”' })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('the menu works from the keyboard: Escape closes it and leaves the panel open', async ({ page }) => {
  await openTimeline(page, `?event=${congress.id}`);
  const panel = panelFor(page, congress.title);
  await expect(panel).toBeVisible();

  await addButton(page).focus();
  await page.keyboard.press('Enter');
  // Focus moves into the menu, to its first choice.
  await expect(page.getByRole('button', { name: 'New tour…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(addButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(addButton(page)).toBeFocused();
  await expect(panel).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Title of the new tour' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Lesson one');
  // Escape from the text field closes the whole menu, too.
  await page.keyboard.press('Escape');
  await expect(title).toBeHidden();
  await expect(addButton(page)).toBeFocused();
  await expect(panel).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('Lesson one');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'New tour…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Open in editor' })).toHaveText(
    'Added to “Lesson one” as step 1. Open in editor',
  );
  await expect(addButton(page)).toBeFocused();

  // With a saved tour, the first choice is that tour.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Lesson one/ })).toBeFocused();
  await page.keyboard.press('Escape');
  // A second Escape is the panel's again: it closes.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('axe finds no violations with the menu open', async ({ page }) => {
  await openTimeline(page, `?event=${congress.id}`);
  await page.evaluate(
    ([key, tour]) => localStorage.setItem(key, JSON.stringify({ version: 1, tours: [tour] })),
    [STORE_KEY, { id: 'lesson-ab12', title: 'Lesson', steps: [{ event: congress.id }] }] as const,
  );
  await addButton(page).click();
  await expect(page.getByRole('button', { name: /^Lesson/ })).toHaveText(/has this event as step 1/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'New tour…' }).click();
  await expect(page.getByRole('textbox', { name: 'Title of the new tour' })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a damaged saved envelope is named and left exactly as it was', async ({ page }) => {
  const damaged = JSON.stringify({ version: 1, tours: [{ id: 'lesson', steps: [] }] });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, damaged] as const);
  await openTimeline(page, `?event=${congress.id}`);
  await addButton(page).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The saved tours are damaged (tours.0.title:');
  await expect(alert).toContainText('they were left as they are.');
  await expect(alert).toBeFocused();
  // Nothing is offered that could write over them.
  await expect(page.getByRole('button', { name: 'New tour…' })).toHaveCount(0);
  expect(await stored(page)).toBe(damaged);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(addButton(page)).toBeFocused();
  expect(await stored(page)).toBe(damaged);

  await page.evaluate((key) => localStorage.setItem(key, '{not json'), STORE_KEY);
  await addButton(page).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The saved tours are damaged (not JSON); they were left as they are.',
  );
  expect(await stored(page)).toBe('{not json');
});

test('a browser that refuses to save says so, and what was saved stays', async ({ page }) => {
  await openTimeline(page, `?event=${congress.id}`);
  const before = JSON.stringify({ version: 1, tours: [{ id: 'lesson-ab12', title: 'Lesson', steps: [] }] });
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
      // As when the browser's storage for the site is full.
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    [STORE_KEY, before] as const,
  );
  await addButton(page).click();
  await page.getByRole('button', { name: /^Lesson/ }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Not added: The tours could not be saved (the browser refused or is full).',
  );
  // The menu stays open, so the teacher sees what happened where they acted.
  await expect(addButton(page)).toHaveAttribute('aria-expanded', 'true');
  expect(await stored(page)).toBe(before);
});
