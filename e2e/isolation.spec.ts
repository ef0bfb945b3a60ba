import { expect, openTimeline, test } from './fixtures';

/**
 * The specs share each worker's tab (`reuseContext`, playwright.config.ts). These two run in order
 * in one worker: the first leaves behind all a reader's session could, the second must meet a new
 * reader's app. It fails if Playwright's reset or e2e/fixtures.ts stops clearing any of it.
 */
test.describe.configure({ mode: 'serial' });

const presentUrl = '/?view=present&tour=oppositions-at-a-glance&step=2';

test('a test may leave a theme, a presenter window, a permission and a clock behind', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: new Date('1921-03-08T12:00:00Z') });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTimeline(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`${presentUrl}#presenter`);
  await expect(page.getByRole('region', { name: 'Now showing' })).toBeVisible();
});

test('the next test in the tab meets the app as a new reader does', async ({ page }) => {
  await page.goto(presentUrl);
  // The room's layout: the window's name from the presenter link is gone.
  await expect(page.getByRole('article', { name: /^Step 2 of \d+$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Now showing' })).toHaveCount(0);
  await openTimeline(page);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  const state = await page.evaluate(async () => ({
    year: new Date().getFullYear(),
    clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
  }));
  expect(state.year).toBeGreaterThan(2000);
  expect(state.clipboard).toBe('prompt');
});
