import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium';
import { events, expect, test } from './fixtures';

/** A teacher's course page on another site, which frames the app as the Embed dialog's snippet does. */
const COURSE = 'http://course.test/';
const FRAME_TITLE = 'Oppositions 1907–1937 timeline';

const executablePath = chromiumPath();
test.use({
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    // Chromium keeps a public page (course.test has no address: Playwright answers it) from
    // framing one on the loopback address the test server listens on; a real course page frames
    // a public host, which this check does not concern.
    args: [...CHROMIUM_FLAGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

interface Frame {
  width?: string;
  height?: number;
}

/** Opens the course page with `iframe` as its content (a snippet, or a frame of `search` made here). */
async function openCoursePage(page: Page, iframe: string): Promise<void> {
  await page.route(COURSE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Week 5: the oppositions</title></head>
<body><main aria-label="Course page"><h1>Week 5: the oppositions</h1><p>Read the timeline, then answer the questions below.</p>${iframe}</main></body></html>`,
    }),
  );
  await page.goto(COURSE);
}

/** The course page framing the app at `search` (which carries embed=1), the frame `width` × `height`. */
async function frameApp(
  page: Page,
  baseURL: string | undefined,
  search: string,
  { width = '100%', height = 560 }: Frame = {},
): Promise<FrameLocator> {
  const src = new URL(`/${search}`, baseURL).href;
  await openCoursePage(
    page,
    `<iframe src="${src}" title="${FRAME_TITLE}" style="width:${width};height:${height}px;border:1px solid #888"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  const ready =
    new URLSearchParams(search).get('view') === 'list'
      ? frame.getByRole('table')
      : frame.getByRole('group', { name: 'Events by faction' }).getByRole('button').first();
  await expect(ready).toBeVisible();
  return frame;
}

/** The framed app's own address, as its frame holds it. */
function frameAddress(page: Page): URL {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the course page has no frame');
  return new URL(frame.url());
}

const workersOpposition = events.filter((e) => e.factions.includes('workers-opposition')).length;

test('in a course page’s frame the timeline shows the link’s filter, opens an event by keyboard and closes it with Esc', async ({
  page,
  baseURL,
}) => {
  const frame = await frameApp(page, baseURL, '?factions=workers-opposition&embed=1');
  const timeline = frame.getByRole('group', { name: 'Events by faction' });
  // The timeline is within the frame, and the frame within the course page's first screen.
  const box = await page.locator('iframe').boundingBox();
  const lanes = await timeline.boundingBox();
  expect(box && lanes && lanes.y >= box.y && lanes.y + 200 <= box.y + box.height).toBe(true);
  await expect(frame.getByRole('region', { name: 'Filters' })).toContainText(
    `${workersOpposition} of ${events.length} events`,
  );
  // Compact chrome: the title and the full timeline's link, no tagline, no footer.
  await expect(frame.getByRole('heading', { level: 1, name: 'Oppositions 1907–1937' })).toBeVisible();
  await expect(frame.getByText('Dissent inside the Bolshevik party')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);

  // From the course page, Tab enters the frame at its first stop, which leads to the events.
  await page.getByRole('heading', { level: 1, name: 'Week 5: the oppositions' }).click();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The preview and vis-timeline both hold the event during the handover: the one focused is the one.
  const focused = frame.locator(':focus');
  await expect(focused).toHaveAttribute('data-event-id', /.+/);
  const title = await focused.getAttribute('aria-label');
  await page.keyboard.press('Enter');
  const panel = frame.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  expect(title).toContain(await panel.getByRole('heading', { level: 2 }).textContent());
  expect(frameAddress(page).searchParams.get('embed')).toBe('1');

  // Esc closes the panel, inside the frame: focus goes back to the event, the course page stays.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(focused).toHaveAttribute('aria-label', title ?? '');
  expect(page.url()).toBe(COURSE);

  // A view chosen in the frame stays in the frame, embedded, with its filter.
  await frame.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'List' }).click();
  await expect(frame.getByRole('table')).toBeVisible();
  const address = frameAddress(page);
  expect([address.searchParams.get('view'), address.searchParams.get('factions')]).toEqual([
    'list',
    'workers-opposition',
  ]);
  expect(address.searchParams.get('embed')).toBe('1');
});

test('"Open the full timeline" opens the same state in a new tab, without embed', async ({
  page,
  context,
  baseURL,
}) => {
  const frame = await frameApp(
    page,
    baseURL,
    '?view=list&event=tenth-party-congress&factions=workers-opposition&embed=1',
  );
  const link = frame.getByRole('link', { name: 'Open the full timeline (opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  // The frame's state, the window its filter framed included, is the new tab's, embed left out.
  const inFrame = frameAddress(page).searchParams;
  expect(inFrame.get('embed')).toBe('1');
  inFrame.delete('embed');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  const inTab = new URL(tab.url()).searchParams;
  expect(inTab.has('embed')).toBe(false);
  expect(inTab.toString()).toBe(inFrame.toString());
  expect([inTab.get('view'), inTab.get('event'), inTab.get('factions')]).toEqual([
    'list',
    'tenth-party-congress',
    'workers-opposition',
  ]);
  // The full app: its header's views and the Embed button, the event open.
  await expect(tab.getByRole('button', { name: 'Embed' })).toBeVisible();
  await expect(tab.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    'Tenth Party Congress',
  );
  // The course page and its frame are as they were.
  expect(page.url()).toBe(COURSE);
  expect(frameAddress(page).searchParams.get('embed')).toBe('1');
});

test('a 400×500 frame shows the title, the link and the lanes with no sideways scroll, and a tour step leaves saved tours alone', async ({
  page,
  baseURL,
}) => {
  const saved = JSON.stringify({
    version: 1,
    tours: [{ id: 'my-tour', title: 'My tour', steps: [{ event: 'tenth-party-congress' }] }],
  });
  await page.addInitScript(
    ([value]) => {
      if (location.hostname !== 'course.test' && localStorage.getItem('oppositions.tours.v1') === null)
        localStorage.setItem('oppositions.tours.v1', value);
    },
    [saved] as const,
  );
  const frame = await frameApp(page, baseURL, '?embed=1', { width: '400px', height: 500 });
  const sideways = () => frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(await sideways()).toBe(0);
  for (const part of [
    frame.getByRole('heading', { level: 1 }),
    frame.getByRole('link', { name: /^Open the full timeline/ }),
    frame.getByRole('group', { name: 'Events by faction' }),
  ])
    await expect(part).toBeInViewport();
  // The title and the link share the row without running into each other.
  const title = await frame.getByRole('heading', { level: 1 }).boundingBox();
  const link = await frame.getByRole('link', { name: /^Open the full timeline/ }).boundingBox();
  expect(title && link && title.x + title.width <= link.x).toBe(true);

  // A tour's step in the frame: shown, and no saved tour is written (nothing was asked).
  await page
    .locator('iframe')
    .evaluate(
      (el, src) => el.setAttribute('src', src),
      new URL('/?view=present&tour=oppositions-at-a-glance&step=2&embed=1', baseURL).href,
    );
  await expect(frame.getByRole('article', { name: /^Step 2 of/ })).toBeVisible();
  expect(await sideways()).toBe(0);
  expect(await frame.locator('html').evaluate(() => localStorage.getItem('oppositions.tours.v1'))).toBe(
    saved,
  );
});

test('the Embed dialog copies a snippet by keyboard, and the snippet frames the same state in a course page', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  await page.goto('/?factions=workers-opposition');
  // The filter has framed its events: the address names the window the snippet will carry.
  await expect(page).toHaveURL(/&to=/);
  const shown = page.url();
  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog).toBeVisible();
  // Focus starts on Copy HTML, and stays in the dialog, round and round both ways.
  const copyButton = dialog.getByRole('button', { name: 'Copy HTML' });
  await expect(copyButton).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), key).toBe(true);
  }
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  await dialog.getByRole('radio', { name: /^Tall/ }).check();
  await copyButton.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('The HTML is copied.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  await expect(dialog.getByRole('textbox', { name: 'HTML to paste' })).toHaveValue(snippet);
  expect(snippet).toBe(
    `<iframe src="${`${shown}&embed=1`.replaceAll('&', '&amp;')}" ` +
      'title="Oppositions 1907–1937: Workers&#39; Opposition (timeline)" width="100%" height="720" ' +
      'loading="lazy" allow="clipboard-write"></iframe>',
  );
  // Esc closes the dialog and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Pasted into a course page, the snippet frames the timeline with the filter, named for screen readers.
  await openCoursePage(page, snippet);
  const frame = page.frameLocator('iframe');
  await expect(page.getByTitle("Oppositions 1907–1937: Workers' Opposition (timeline)")).toHaveAttribute(
    'height',
    '720',
  );
  await expect(frame.getByRole('region', { name: 'Filters' })).toContainText(
    `${workersOpposition} of ${events.length} events`,
  );
  await expect(frame.getByRole('link', { name: /^Open the full timeline/ })).toBeVisible();
});

test('axe finds nothing in the framed app, in the light theme and the dark', async ({ page, baseURL }) => {
  const frame = await frameApp(page, baseURL, '?factions=workers-opposition&embed=1');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(frame.getByRole('group', { name: 'Events by faction' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      // Violations only (e2e/fixtures.ts); the frame needs axe's frame-by-frame run, so no legacy mode.
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(
      results.violations.map(
        (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
