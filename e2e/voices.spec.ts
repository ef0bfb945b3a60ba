import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { VOICE_LABELS, rawVoiceOf } from '../src/data/voice';
import { events, expect, expectNoAxeViolations, filterBar, openTimeline, test } from './fixtures';

/** Each passage's voice as the app resolves it, from the data files themselves. */
const voiceOf = rawVoiceOf(JSON.parse(readFileSync('data/people.json', 'utf8')));
const voices = (id: string) => (events.find((e) => e.id === id)?.passages ?? []).map((p) => voiceOf(p));
const ofTheTime = events.filter((e) => voices(e.id).includes('participant')).length;
/** How many of an event's quotations the "words of the time" filter keeps behind its disclosure. */
const notOfTheTime = (id: string) => voices(id).filter((v) => v !== 'participant').length;

// An event the source quotes in all three voices: Shlyapnikov and Lenin, Brinton, the FAQ.
const CONGRESS = 'tenth-party-congress';
// One it speaks of only in its own argument.
const FAQ_ONLY = 'petrograd-strikes-february-1921';

/** A voice's badge: its label, and the pause a screen reader hears after it. */
const badge = (scope: Page | Locator, label: string) => scope.getByText(new RegExp(`^\\s*${label},?\\s*$`));
const panel = (page: Page) => page.getByRole('complementary');
const quotation = (page: Page, speaker: string) =>
  panel(page)
    .getByRole('listitem')
    .filter({ hasText: `${speaker}:` });

test.beforeAll(() => {
  // The data the tests rely on: if it changes, these tests must be told, not pass by accident.
  expect(new Set(voices(CONGRESS))).toEqual(new Set(['participant', 'historian', 'faq']));
  expect(new Set(voices(FAQ_ONLY))).toEqual(new Set(['faq']));
  expect(ofTheTime).toBeGreaterThan(0);
  expect(ofTheTime).toBeLessThan(events.length);
});

test('each quotation carries its voice, under a heading per voice, words of the time first', async ({
  page,
}) => {
  await openTimeline(page, `?event=${CONGRESS}`);
  const headings = panel(page).getByRole('heading', { level: 4 });
  await expect(headings).toHaveText(['Words of the time', 'Later historians', 'The FAQ’s own argument']);

  // The badge is read first, then who speaks, then the words.
  await expect(quotation(page, 'Alexander Shlyapnikov')).toContainText(
    /^Words of the time, Alexander Shlyapnikov:/,
  );
  await expect(quotation(page, 'Maurice Brinton')).toContainText(/^Later historian, Maurice Brinton:/);
  const faq = panel(page).getByRole('region', { name: 'The FAQ’s own argument' }).getByRole('listitem');
  await expect(faq).toHaveCount(1);
  await expect(faq).toContainText(/^The FAQ’s argument, At the Tenth Party Congress/);
  for (const label of Object.values(VOICE_LABELS)) {
    await expect(badge(panel(page), label).first()).toBeVisible();
  }
});

test('an event the source speaks of only in its own argument says so', async ({ page }) => {
  await openTimeline(page, `?event=${FAQ_ONLY}`);
  await expect(panel(page).getByText('The source gives only its own argument on this event')).toBeVisible();
  await openTimeline(page, `?event=${CONGRESS}`);
  await expect(panel(page).getByText('The source gives only its own argument on this event')).toHaveCount(0);
});

test('"Words of the time only" keeps the events that quote the years themselves, in the URL until cleared', async ({
  page,
}) => {
  await openTimeline(page);
  const count = filterBar(page).getByRole('status');
  await expect(count).toHaveText(`${events.length} of ${events.length} events`);
  await filterBar(page)
    .getByRole('button', { name: /^Filters/ })
    .click();
  await filterBar(page)
    .getByRole('button', { name: /^Words of the time only/ })
    .click();
  await expect(count).toHaveText(`${ofTheTime} of ${events.length} events`);
  await expect(page).toHaveURL(/[?&]voice=participant(&|$)/);

  // A link keeps it; the chip in force says so and removes it.
  await page.reload();
  await expect(count).toHaveText(`${ofTheTime} of ${events.length} events`);
  await expect(
    filterBar(page).getByRole('button', { name: 'Remove filter: Words of the time only' }),
  ).toBeVisible();

  // In the panel, the event's other voices wait behind a disclosure.
  await page.goto(`/?event=${CONGRESS}&voice=participant`);
  await expect(panel(page).getByRole('heading', { level: 4, name: 'Words of the time' })).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 4, name: 'Later historians' })).toBeHidden();
  await panel(page)
    .getByText(new RegExp(`^${notOfTheTime(CONGRESS)} more quotations, outside the filter`))
    .click();
  await expect(panel(page).getByRole('heading', { level: 4, name: 'Later historians' })).toBeVisible();

  await filterBar(page).getByRole('button', { name: 'Clear all' }).click();
  await expect(count).toHaveText(`${events.length} of ${events.length} events`);
  await expect(page).not.toHaveURL(/voice=/);
});

test('the filter works on the first view, before the events’ text has arrived', async ({ page }) => {
  // The text never comes: only the listing (data/timeline.json) is there to filter.
  await page.route('**/data/event-details.json', () => undefined);
  await openTimeline(page, '?voice=participant');
  await expect(filterBar(page).getByRole('status')).toHaveText(`${ofTheTime} of ${events.length} events`);
});

test('a slide and the printed handouts show the quotation’s voice', async ({ page }) => {
  // Step 2 of this tour quotes Daniels, a historian.
  await page.goto('/?view=present&tour=how-dissent-was-silenced&step=2');
  const slide = page.getByRole('article', { name: /^Step 2 of/ });
  await expect(badge(slide, 'Later historian')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(badge(page.locator('.present-handout'), 'Later historian').first()).toBeVisible();

  // The list's handout, with the filter on, holds the words of the time only.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/?view=list&voice=participant');
  await expect(page.getByRole('heading', { name: /^Events/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(badge(handout, 'Words of the time')).not.toHaveCount(0);
  await expect(badge(handout, 'Later historian')).toHaveCount(0);
  await expect(handout.getByText(/other quotations? left out by the filter/).first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with every voice's badge showing, and the filter open, in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openTimeline(page, `?event=${CONGRESS}`);
    await expect(badge(panel(page), 'Later historian').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/?event=${CONGRESS}&voice=participant`);
    await filterBar(page)
      .getByRole('button', { name: /^Filters/ })
      .click();
    await panel(page)
      .getByText(/outside the filter/)
      .click();
    await expect(badge(panel(page), 'The FAQ’s argument')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
