import { expect, expectNoAxeViolations, openTimeline, test, windowYears } from './fixtures';

const strip = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: 'Overview of 1907–1937' });

test('the overview strip shows the window as a brush that a drag moves, and the timeline follows', async ({
  page,
}) => {
  await openTimeline(page, '?from=1918-01-01&to=1921-12-31');
  const brush = strip(page).getByRole('slider', { name: 'Visible years' });
  await expect(brush).toHaveAttribute('aria-valuetext', /January 1918 to December 1921/);
  const box = await brush.boundingBox();
  if (!box) throw new Error('no brush');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1920);
  const moved = windowYears(page);
  // A move keeps the span: still four years.
  expect((moved?.to ?? 0) - (moved?.from ?? 0)).toBeCloseTo(4, 0);
  await expect(page.locator('.tl-header').getByText('1923', { exact: true })).toBeVisible();
});

test('a handle dragged resizes the window', async ({ page }) => {
  await openTimeline(page, '?from=1918-01-01&to=1921-12-31');
  const end = strip(page).getByRole('slider', { name: 'End of visible window' });
  const box = await end.boundingBox();
  if (!box) throw new Error('no handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => windowYears(page)?.to ?? 0).toBeGreaterThan(1923);
  // The other edge stays where it was.
  expect(windowYears(page)?.from ?? 0).toBeCloseTo(1918, 0);
});

test('the keyboard moves the brush, and a click elsewhere on the strip jumps there', async ({ page }) => {
  await openTimeline(page, '?from=1918-01-01&to=1921-12-31');
  const brush = strip(page).getByRole('slider', { name: 'Visible years' });
  await brush.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1918.2);
  await page.keyboard.press('PageUp');
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1921.5);
  await expectNoAxeViolations(page);

  const box = await strip(page).boundingBox();
  if (!box) throw new Error('no strip');
  // Near the strip's right end: the 1930s.
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height / 2);
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan(1928);
});
