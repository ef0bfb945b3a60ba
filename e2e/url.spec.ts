import { eventById, expect, openTimeline, test, timelineEvents, eventButton } from './fixtures';

test('a link with event=<id> opens that event selected', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, `?event=${congress.id}`);
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  await expect(timelineEvents(page).getByRole('button', { name: /^Tenth Party Congress,/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('selecting an event writes it into the URL, and back and forward restore the selection', async ({
  page,
}) => {
  const congress = eventById('tenth-party-congress');
  const arrests = eventById('workers-group-arrests');
  await openTimeline(page);
  await eventButton(page, congress).click();
  await expect(page).toHaveURL(new RegExp(`event=${congress.id}`));
  await eventButton(page, arrests).click();
  await expect(page).toHaveURL(new RegExp(`event=${arrests.id}`));
  await expect(page.getByRole('complementary', { name: arrests.title })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`event=${congress.id}`));
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('complementary')).toHaveCount(0);

  await page.goForward();
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
});

test('a link to an unknown event shows a notice and the timeline still works', async ({ page }) => {
  await openTimeline(page, '?event=no-such-event');
  await expect(page.getByText(/no-such-event/)).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByText(/no-such-event/)).toHaveCount(0);
  await expect(timelineEvents(page).getByRole('button').first()).toBeVisible();
});
