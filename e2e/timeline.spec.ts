import { eventById, events, expect, openTimeline, test, timelineEvents } from './fixtures';

test('the timeline shows one item for every event in data/events.json', async ({ page }) => {
  await openTimeline(page);
  await expect(timelineEvents(page).getByRole('button')).toHaveCount(events.length);
});

test('clicking the Tenth Party Congress opens its panel with its quotation and citation', async ({
  page,
}) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page);
  await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .click();
  const panel = page.getByRole('complementary', { name: congress.title });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('8–16 March 1921')).toBeVisible();
  const first = congress.passages[0];
  if (!first) throw new Error('the Tenth Party Congress has no passage');
  await expect(panel.getByRole('blockquote').first()).toHaveText(first.quote);
  await expect(panel.getByText(first.cite, { exact: true })).toBeVisible();
});

test('zoom buttons change the visible window and fit all restores it', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
});
