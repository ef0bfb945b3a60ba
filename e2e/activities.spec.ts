import { events, expect, expectNoAxeViolations, sidewaysOverflow, test } from './fixtures';

/** Starts from present mode's tour picker, as a teacher would. */
async function openTourActivity(page: import('@playwright/test').Page) {
  await page.goto('/?view=present');
  await page.getByRole('link', { name: /^Class activities on “The oppositions at a glance/ }).click();
  await expect(page.getByRole('heading', { name: 'Class activity', level: 2 })).toBeVisible();
}

const question = (page: import('@playwright/test').Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^Question ${n} of \\d+: who said it\\?`) });

test('a tour’s “Who said it?” is answered by keyboard, scored, and its link gives the same questions', async ({
  page,
}) => {
  await openTourActivity(page);
  await expect(page.getByRole('link', { name: 'Who said it?' })).toHaveAttribute('aria-current', 'page');
  const first = question(page, 1);
  const quote = await first.locator('blockquote').innerText();
  expect(quote.length).toBeGreaterThan(40);

  // Keyboard alone: Tab into the names, arrows choose, Tab to Check, Enter.
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  const chosen = await first.getByRole('radio', { checked: true }).getAttribute('value');
  expect(chosen).not.toBeNull();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Check question 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  const verdict = first.getByText(/^(Right: |Not quite: it was )/);
  await expect(verdict).toBeInViewport();
  // The answer names its voice and its citation, and links to its event.
  await expect(first.getByText(/Words of the time|Later historian/)).toBeVisible();
  await expect(first.getByRole('link')).toBeVisible();
  await expect(page.getByText(/^Score: [01] of 1 checked right/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Question 1: / })).toHaveText(/of 1 right so far/);

  // The link is the activity: opened afresh, the same quotation comes first.
  const link = page.url();
  expect(link).toMatch(/view=activity&activity=who-said&events=[a-z0-9-,]+&seed=\d+$/);
  await page.goto('about:blank');
  await page.goto(link);
  await expect(question(page, 1).locator('blockquote')).toHaveText(quote);

  // "New questions" draws another set, in a new link.
  await page.getByRole('button', { name: 'New questions' }).click();
  await expect(page).not.toHaveURL(link);
  await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a question is answered by touch, its result in view, nothing wider than the screen', async ({
    page,
  }) => {
    await openTourActivity(page);
    const first = question(page, 1);
    await first.getByRole('radio').nth(1).tap();
    await first.getByRole('button', { name: 'Check question 1' }).tap();
    await expect(first.getByText(/^(Right: |Not quite: it was )/)).toBeInViewport();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('“Put these in order” is solved by keyboard and says how many stand where they belong', async ({
  page,
}) => {
  await openTourActivity(page);
  await page.getByRole('link', { name: 'Put these in order' }).click();
  const items = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /earlier$/ }) });
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(4);

  // The right order, from the data: the titles sorted by start date (the task never shows two
  // events whose dates could be confused).
  const shownTitles = await items.locator('.order-task__title').allInnerTexts();
  const right = [...shownTitles].sort((a, b) => startOf(a).localeCompare(startOf(b)));

  // Selection sort by keyboard: bring each right title up to its place with "earlier".
  for (const [place, title] of right.entries()) {
    let at = (await items.locator('.order-task__title').allInnerTexts()).indexOf(title);
    const earlier = page.getByRole('button', { name: `Move “${title}” earlier` });
    if (at > place) await earlier.focus();
    while (at > place) {
      await page.keyboard.press('Enter');
      at -= 1;
      // Focus stays with the event as it moves, so the next Enter moves it again.
      if (at > 0) await expect(earlier).toBeFocused();
    }
  }
  await page.getByRole('button', { name: 'Check the order' }).click();
  await expect(page.getByText(`${count} of ${count} in the right place: well done.`)).toBeVisible();
  await expect(items.first()).toContainText('in the right place');
  await expectNoAxeViolations(page);
});

test('the worksheet prints the questions, and the answer key on its own page only when asked', async ({
  page,
}) => {
  await openTourActivity(page);
  await page.getByRole('link', { name: 'Worksheet' }).click();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article', { name: 'Worksheet' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'A. Who said it?' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'B. Put these in order' })).toBeVisible();
  await expect(sheet.getByText(/^Check your answers online: http.*view=activity/)).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeHidden();
  await expect(page.getByRole('article', { name: 'Answer key' })).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: /Include the answer key/ }).check();
  await page.emulateMedia({ media: 'print' });
  const key = page.getByRole('article', { name: 'Answer key' });
  await expect(key).toBeVisible();
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

/** An event's start date by its title, from the data the app serves. */
function startOf(title: string): string {
  const event = events.find((e) => e.title === title);
  if (!event) throw new Error(`data/events.json has no event titled “${title}”`);
  return event.start;
}
