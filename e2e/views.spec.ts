import { quoteOpening } from '../src/ui/quote-opening';
import { eventById, expect, expectNoAxeViolations, openTimeline, test, timelineEvents } from './fixtures';

test('a deep link to the source reader opens at the exact quotation, highlighted', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  const second = congress.passages[1];
  if (!second) throw new Error('the Tenth Party Congress needs two passages for this test');
  await page.goto(`/?view=source&event=${congress.id}&passage=2`);
  await expect(
    page.getByRole('heading', { level: 2, name: /Were any of the Bolshevik oppositions/ }),
  ).toBeVisible();
  await expect(page.locator('mark').first()).toBeInViewport();
  expect((await page.locator('mark').allTextContents()).join('')).toBe(second.quote);
  // Named by its opening words, as the panel's link to it is, not by its number in the data.
  await expect(page.getByText(/^Showing “/)).toHaveText(
    `Showing ${quoteOpening(second.quote)}, quoted in ${congress.title}. Back to the event on the timeline Esc`,
  );
  await expect(page.getByRole('link', { name: 'Source text' })).toHaveAttribute('aria-current', 'page');
  // Thousands of pixels down the text, the way back to the event is still on the screen.
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
  await expect(page.getByRole('link', { name: 'Back to the event on the timeline' })).toBeInViewport({
    ratio: 1,
  });
});

test('the source’s contents are numbered once, by the source’s own section numbers', async ({ page }) => {
  await page.goto('/?view=source');
  const entries = page.getByRole('navigation', { name: 'Contents' }).getByRole('listitem');
  await expect(entries.nth(1)).toHaveText(/^1\. Were the "Left Communists"/);
  // No list number drawn before the source's own: "2. 1. Were the …" read twice.
  expect(await entries.nth(1).evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
});

test('a link to a section of the source text opens there, its heading focused', async ({ page }) => {
  await page.goto('/?view=source#section-3');
  const heading = page.getByRole('heading', { level: 3, name: /^3\. What about Trotsky/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
});

test('deep in the source text the contents stay beside it, the section being read marked', async ({
  page,
}) => {
  await page.goto('/?view=source#section-4');
  await expect(page.getByRole('heading', { level: 3, name: /^4\. What do these oppositions/ })).toBeFocused();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toBeInViewport({ ratio: 1 });
  await expect(contents.getByRole('link', { name: /^4\. / })).toHaveAttribute('aria-current', 'location');
  // Straight to another section from there, and the mark follows.
  await contents.getByRole('link', { name: /^1\. / }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: /^1\. Were the "Left Communists"/ }),
  ).toBeInViewport();
  await expect(contents).toBeInViewport({ ratio: 1 });
  await expect(contents.getByRole('link', { name: /^1\. / })).toHaveAttribute('aria-current', 'location');
  await expect(contents.locator('[aria-current]')).toHaveCount(1);
});

test('an event opened from the text, Back returns to its paragraph, not to the top of the text', async ({
  page,
}) => {
  await page.goto('/?view=source');
  // A marker some way down the text, as a reader reaches it by scrolling.
  const marker = page
    .getByRole('list', { name: /^Events quoting paragraph/ })
    .nth(25)
    .getByRole('link')
    .first();
  await marker.scrollIntoViewIfNeeded();
  const paragraph = await marker.evaluate((a) => a.closest('.source__paragraph')?.id ?? '');
  const title = await marker.evaluate((a) => a.textContent.replace('◆', '').trim());
  await marker.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`view=source.*passage=${paragraph.replace('p-', '')}`));
  await expect(page.locator(`#${paragraph}`)).toBeFocused();
  await expect(marker).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
  // Its address is a link's: a new tab or a copied link opens the event.
  expect(await marker.getAttribute('href')).toMatch(/[?&]event=/);
});

test('a quotation that spans emphasis is highlighted whole', async ({ page }) => {
  // Sapronov's words run from plain text into italics across a paragraph of the source.
  await page.goto('/?view=source&event=tenth-party-congress&passage=1');
  const marks = page.locator('mark');
  await expect(marks.first()).toBeVisible();
  const texts = await marks.allTextContents();
  expect(texts.join('')).toBe(eventById('tenth-party-congress').passages[0]?.quote);
});

test('a paragraph marker in the source opens its event on the timeline', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await page.goto(`/?view=source&event=${congress.id}&passage=1`);
  await page.getByRole('link', { name: congress.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`event=${congress.id}`));
  await expect(page).not.toHaveURL(/view=source/);
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
});

test('an event marker far down the source opens its event on a timeline in view, its heading focused on screen', async ({
  page,
}) => {
  // The congress's fourth quotation lies some 3,000 px down the text; the paragraph's markers
  // include other events quoting it. Reached from the event's panel, as a reader does: the
  // panel's code is then in, and places focus at once.
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, `?event=${congress.id}`);
  await page
    .getByRole('link', { name: `Read in context: ${quoteOpening(congress.passages[3]?.quote ?? '')}` })
    .click();
  await expect(page).toHaveURL(/view=source.*passage=4/);
  await expect(page.locator('mark').first()).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
  const listName = await page
    .locator('mark')
    .first()
    .evaluate(
      (m): string => m.closest('.source__paragraph')?.querySelector('ul')?.getAttribute('aria-label') ?? '',
    );
  expect(listName).toMatch(/^Events quoting paragraph \d+$/);
  const other = page
    .getByRole('list', { name: listName })
    .getByRole('link')
    .filter({ hasNotText: congress.title })
    .first();
  // Its accessible name is the event's title (the marker's glyph is hidden from it).
  const title = await other.evaluate((b) => b.textContent.replace('◆', '').trim());
  expect(title).not.toBe('');
  await other.click();
  await expect(page).not.toHaveURL(/view=source/);
  const heading = page.getByRole('heading', { level: 2, name: title });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('group', { name: 'Events by faction' })).toBeInViewport();
});

test('back from reading a quotation in context, the panel opens at that quotation, its link focused', async ({
  page,
}) => {
  const event = eventById('left-communist-opposition');
  // Far down the panel: its twelfth quotation of fifteen.
  const link = page.getByRole('link', {
    name: `Read in context: ${quoteOpening(event.passages[11]?.quote ?? '')}`,
  });
  await openTimeline(page, `?event=${event.id}`);
  await link.click();
  await expect(page.locator('mark').first()).toBeInViewport();
  // By the browser's Back…
  await page.goBack();
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport({ ratio: 1 });
  // …and by the source reader's own way back.
  await link.click();
  await page.getByRole('link', { name: 'Back to the event on the timeline' }).click();
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport({ ratio: 1 });
  // Opened afresh, from the timeline, an event is read from its title.
  await page.getByRole('button', { name: 'Close' }).click();
  await timelineEvents(page).locator(`[data-event-id="${event.id}"]`).click();
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeFocused();
});

test('back and forward step through view changes', async ({ page }) => {
  await openTimeline(page, '?event=tenth-party-congress');
  const first = eventById('tenth-party-congress').passages[0]?.quote ?? '';
  await page.getByRole('link', { name: `Read in context: ${quoteOpening(first)}` }).click();
  await expect(page).toHaveURL(/view=source/);
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Tenth Party Congress' })).toBeVisible();
  await page.goForward();
  await expect(page.locator('mark').first()).toBeVisible();
});

test('a time window in the link is restored, and panning does not add history entries', async ({ page }) => {
  await openTimeline(page, '?from=1920-06-01&to=1922-06-01');
  await expect(page).toHaveURL(/from=1920-06-01&to=1922-06-01/);
  // Inside the drawn window: between the left and right edges of the events area.
  const canvas = await timelineEvents(page).locator('.vis-center').boundingBox();
  const item = await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .boundingBox();
  if (!canvas || !item) throw new Error('the timeline or the congress is not drawn');
  expect(item.x).toBeGreaterThanOrEqual(canvas.x);
  expect(item.x).toBeLessThanOrEqual(canvas.x + canvas.width);
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('an unknown view in a link falls back to the timeline with a notice', async ({ page }) => {
  await openTimeline(page, '?view=nowhere');
  await expect(page.getByRole('status').first()).toContainText('There is no "nowhere" view');
});

test('the theme switch turns the dark theme on and remembers it', async ({ page }) => {
  await openTimeline(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = () =>
    page.evaluate(() => getComputedStyle(document.body.parentElement as HTMLElement).backgroundColor);
  expect(await bg()).toBe('rgb(20, 19, 17)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('a remembered dark theme is on the page before the app draws anything', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('oppositions.theme', 'dark');
    // The theme at React's first change to the prerendered page.
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      if (!root) return;
      new MutationObserver((_, observer) => {
        observer.disconnect();
        root.dataset.themeAtFirstRender = document.documentElement.dataset.theme ?? 'none';
      }).observe(root, { childList: true, subtree: true, attributes: true });
    });
  });
  await openTimeline(page);
  await expect(page.locator('#root')).toHaveAttribute('data-theme-at-first-render', 'dark');
});

test.describe('axe finds nothing', () => {
  test('in the source reader', async ({ page }) => {
    await page.goto('/?view=source&event=tenth-party-congress&passage=1');
    await expect(page.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in the dark theme with a panel open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTimeline(page, '?event=tenth-party-congress');
    await expect(page.getByRole('complementary')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('Esc in the Embed dialog closes the dialog only: the event open behind it stays open', async ({
  page,
}) => {
  await openTimeline(page, '?event=tenth-party-congress');
  const panel = page.getByRole('complementary', { name: 'Tenth Party Congress' });
  await expect(panel).toBeVisible();
  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/event=tenth-party-congress/);
});
