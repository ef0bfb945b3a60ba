import { eventById, expect, openTimeline, test, timelineEvents } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone: tap an event, read its quotation in context, come back', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, '?from=1921-01-01&to=1921-12-31');
  await timelineEvents(page).getByRole('button', { name: /^Tenth Party Congress,/ }).tap();
  const panel = page.getByRole('complementary', { name: congress.title });
  await expect(panel).toBeVisible();
  await panel.getByRole('link', { name: 'Read in context: quotation 1' }).tap();
  await expect(page.locator('mark').first()).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the event on the timeline' }).tap();
  await expect(panel).toBeVisible();
});

test('on a phone the page fits the screen width', async ({ page }) => {
  await openTimeline(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
