import type { Page } from '@playwright/test';
import {
  drawnAndCounted,
  drawnTimeline,
  eventById,
  events,
  expect,
  firstCluster,
  focusedEventId,
  expectNoAxeViolations,
  openTimeline,
  readableNames,
  test,
  timelineEvents,
  windowYears,
} from './fixtures';

test('every event is on the timeline once: drawn, or counted in a cluster', async ({ page }) => {
  await openTimeline(page);
  const { drawn, counted } = await drawnAndCounted(page);
  expect(new Set(drawn).size).toBe(drawn.length);
  expect(drawn.length + counted).toBe(events.length);
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
  await expect(page).toHaveTitle(/^Tenth Party Congress · Timeline · Oppositions 1907–1937$/);
});

test('zoom buttons halve and double the window, and Fit all brings back every year', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const zoomed = windowYears(page);
  expect((zoomed?.to ?? 0) - (zoomed?.from ?? 0)).toBeCloseTo(16, 0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
});

test('the lanes start in the upper 40% of a laptop screen, under an axis that stays as they scroll', async ({
  page,
}) => {
  await openTimeline(page);
  const firstLane = timelineEvents(page).getByText('Party leadership', { exact: true });
  const top = (await firstLane.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(top).toBeLessThan(0.4 * 720);
  // The timeline fills the screen: its overview strip ends inside it.
  const strip = page.getByRole('group', { name: 'Overview of 1907–1937' });
  await expect(strip).toBeInViewport({ ratio: 1 });

  const axisLabel = page.locator('.tl-header').getByText('1920', { exact: true });
  const before = await axisLabel.boundingBox();
  await page.locator('.timeline__scroll').evaluate((el) => el.scrollBy(0, 400));
  await expect
    .poll(() => page.locator('.timeline__scroll').evaluate((el) => el.scrollTop))
    .toBeGreaterThan(100);
  await expect(axisLabel).toBeInViewport();
  expect((await axisLabel.boundingBox())?.y).toBe(before?.y);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

/** Where a date stands on the axis, from the year labels (each begins at its year) either side of it. */
async function axisX(page: Page, date: number): Promise<number> {
  const label = (year: number) =>
    page
      .locator('.tl-header .vis-minor:not(.vis-measure)')
      .getByText(String(year), { exact: true })
      .boundingBox();
  const [x1930, x1935] = await Promise.all([label(1930), label(1935)]);
  const perYear = ((x1935?.x ?? 0) - (x1930?.x ?? 0)) / 5;
  return (x1935?.x ?? 0) + (perYear * (date - Date.UTC(1935, 0, 1))) / (365.2425 * 86_400_000);
}

/** An event's item as vis-timeline draws it once it has taken over from the preview, at rest. */
async function drawnAtRest(page: Page, id: string) {
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
  await expect(timelineEvents(page)).toHaveAttribute('aria-busy', 'false');
  const item = drawnTimeline(page).locator(`[data-event-id="${id}"]`);
  await item.locator('.tl-item__title').scrollIntoViewIfNeeded();
  return item;
}

test('an event opened beside the panel, near the lanes’ right edge, is named in full before its dot, which stands at its date', async ({
  page,
}) => {
  const last = eventById('stalinism-and-bolshevism');
  await openTimeline(page, `?event=${last.id}`);
  // A pointer over the lanes reaches for vis-timeline, as a reader's does.
  await timelineEvents(page).hover();
  const item = await drawnAtRest(page, last.id);
  // After its dot the name would run some 200 px past the lanes' right edge; before it, it reads.
  expect(await readableNames(page)).toContain(last.shortTitle ?? last.title);
  const dot = await item.locator('.tl-item__dot').boundingBox();
  const name = await item.locator('.tl-item__title').boundingBox();
  expect((name?.x ?? 0) + (name?.width ?? 0)).toBeLessThan(dot?.x ?? 0);
  const at = (dot?.x ?? 0) + (dot?.width ?? 0) / 2;
  expect(Math.abs(at - (await axisX(page, Date.UTC(1937, 7, 29))))).toBeLessThan(4);
});

test('at "Fit all" a short period near the lanes’ right edge is named in full before its bar, which begins at its date', async ({
  page,
}) => {
  const ciliga = eventById('ciliga-prison-debates');
  await openTimeline(page);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const item = await drawnAtRest(page, ciliga.id);
  expect(await readableNames(page)).toContain(ciliga.shortTitle ?? ciliga.title);
  const bar = await item.locator('.tl-item__bar').boundingBox();
  const name = await item.locator('.tl-item__title').boundingBox();
  expect((name?.x ?? 0) + (name?.width ?? 0)).toBeLessThan(bar?.x ?? 0);
  expect(Math.abs((bar?.x ?? 0) - (await axisX(page, Date.UTC(1930, 0, 1))))).toBeLessThan(4);
});

test('hovering an event shows its full title and date; focusing one shows them and describes it', async ({
  page,
}) => {
  await openTimeline(page);
  // Written on the timeline by its short title, "Ban on factions".
  const event = eventById('ban-on-factions');
  // The same event, whoever draws it (the preview, then vis-timeline), found as a reader's tools find
  // it: while vis-timeline draws under the preview its copy is inert and aria-hidden, and a CSS
  // locator found both (CI, once).
  const unnamed = timelineEvents(page).getByRole('button', {
    name: new RegExp(`^Ban on factions: ${event.title},`),
  });
  await expect(unnamed).toHaveText(/Ban on factions/);
  await unnamed.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(event.title);
  await expect(tooltip).toContainText('16 March 1921');
  await expect(tooltip).toBeInViewport();

  await page.mouse.move(0, 0);
  await unnamed.focus();
  await expect(tooltip).toContainText(event.title);
  await expect(unnamed).toHaveAccessibleDescription(/ · /);
  // A click elsewhere takes focus away, and the tooltip with it.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(tooltip).toBeHidden();
});

test('an event opened with the mouse leaves no other event’s tooltip over its panel', async ({ page }) => {
  await openTimeline(page);
  await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .click();
  const panel = page.getByRole('complementary', { name: eventById('tenth-party-congress').title });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // The lanes narrow for the panel, and other events pass under the pointer that has not moved.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      ),
  );
  await expect(page.getByRole('tooltip')).toBeHidden();
  // Moved, the pointer is the reader's again: hovering an event shows its name.
  const other = timelineEvents(page).getByRole('button', { name: /^Ban on factions: / });
  await other.hover();
  await expect(page.getByRole('tooltip')).toContainText(eventById('ban-on-factions').title);
});

test('a tooltip never stays behind where its event was: not over the panel a click opened, and Esc dismisses it', async ({
  page,
}) => {
  await openTimeline(page);
  const tooltip = page.getByRole('tooltip');
  const ban = timelineEvents(page).getByRole('button', { name: /^Ban on factions: / });
  await ban.hover();
  await expect(tooltip).toContainText(eventById('ban-on-factions').title);
  // Clicked, the event opens beside the lanes, which narrow and carry it away from the pointer.
  await ban.click();
  const panel = page.getByRole('complementary', { name: eventById('ban-on-factions').title });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(tooltip).toBeHidden();
  // Keyboard focus on an event shows its tooltip; Esc dismisses it, focus staying (WCAG 1.4.13).
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect.poll(() => focusedEventId(page)).toBe('ban-on-factions');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  expect(await focusedEventId(page)).toBe('ban-on-factions');
});

test('an event reached by keyboard below the lanes’ fold keeps its name and date beside it', async ({
  page,
}) => {
  await openTimeline(page);
  const lanes = page.locator('.timeline__scroll');
  const tooltip = page.getByRole('tooltip');
  await timelineEvents(page).getByRole('button').first().focus();
  // Down, lane by lane, until focus reaches an event the lanes had to scroll to.
  let focusedId: string | undefined;
  for (let press = 0; press < 20; press += 1) {
    const before = focusedId;
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(
        async () =>
          (focusedId = await page.evaluate(
            () => document.activeElement?.getAttribute('data-event-id') ?? undefined,
          )),
      )
      .not.toBe(before);
    if ((await lanes.evaluate((el) => el.scrollTop)) > 0) break;
  }
  expect(await lanes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // The focused element itself: while vis-timeline draws under the preview, the event is in the
  // page twice, once out of reach.
  const item = page.locator(':focus');
  await expect(item).toHaveAttribute('data-event-id', focusedId ?? '');
  await expect(item).toBeInViewport();
  // The lanes' scroll event comes after the focus: the tooltip is still there, by its item.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(eventById(focusedId ?? '').title);
  await expect(tooltip).toBeInViewport();
  const [itemBox, tipBox] = [await item.boundingBox(), await tooltip.boundingBox()];
  expect(
    itemBox &&
      tipBox &&
      Math.min(
        Math.abs(tipBox.y - (itemBox.y + itemBox.height)),
        Math.abs(itemBox.y - (tipBox.y + tipBox.height)),
      ),
  ).toBeLessThan(12);
  await expect(item).toHaveAccessibleDescription(/ · /);
});

test('an event opened by a link is shown with its whole lane, its name beside it, on a projector', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page, '?event=kronstadt-rising');
  await expect(page.getByRole('complementary', { name: 'Kronstadt rising' })).toBeVisible();
  const lanes = timelineEvents(page);
  // Its lane is among the last: below the fold of the lanes until they scroll to it.
  await expect(lanes.locator('.tl-lane__name', { hasText: 'Kronstadt sailors' })).toBeInViewport({
    ratio: 1,
  });
  await expect(lanes.getByRole('button', { name: /^Kronstadt rising,/ })).toBeInViewport({ ratio: 1 });
});

test('the key explains the colours of the lanes shown, the marks of the kinds of event and how dates are written', async ({
  page,
}) => {
  await openTimeline(page);
  const key = page.getByRole('region', { name: 'Key' });
  await expect(key).toBeHidden();
  await page.getByRole('button', { name: 'Key', exact: true }).click();
  await expect(key).toBeVisible();
  await expect(key.getByText("Workers' Opposition", { exact: true })).toBeVisible();
  await expect(key.getByText('congress', { exact: true })).toBeVisible();
  await expect(key.getByText('◆')).toBeVisible();
  // How dates are written: approximate, uncertain, and in both of 1917's calendars.
  const dates = key.getByRole('list').filter({ hasText: 'about then' });
  await expect(dates.getByRole('listitem')).toHaveText([
    /^c\. 1926\s*about then$/,
    /^September 1923\?\s*not certain$/,
    /^25 October \/ 7 November 1917\s*old \/ new calendar$/,
  ]);
  await expect(dates).toBeInViewport({ ratio: 1 });
  // All of it on the screen at 1280×720, every lane's colour and the last of the keys: nothing
  // left below the fold of its box, which shows no scrollbar to say so.
  expect(await key.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await expect(key.getByText('Council communists', { exact: true })).toBeInViewport({ ratio: 1 });
  await expect(key.getByText(/Shift \+ wheel pans\.$/)).toBeInViewport({ ratio: 1 });
  await expectNoAxeViolations(page);
  const toggle = page.getByRole('button', { name: 'Key', exact: true });
  await key.getByRole('button', { name: 'Close the key' }).click();
  await expect(key).toBeHidden();
  await expect(toggle).toBeFocused();
  // Esc closes it too: on its button, and from inside it, focus going back to the button.
  await toggle.press('Enter');
  await expect(key).toBeVisible();
  await toggle.press('Escape');
  await expect(key).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.press('Enter');
  await key.getByRole('button', { name: 'Close the key' }).focus();
  await page.keyboard.press('Escape');
  await expect(key).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('the lanes keep their height when the overview strip’s code arrives: its placeholder is as tall', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/overview-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openTimeline(page);
  const lanes = page.locator('.timeline__scroll');
  const overview = page.getByRole('group', { name: 'Overview of 1907–1937' });
  await expect(overview).toHaveCount(0);
  const before = await lanes.boundingBox();
  release();
  await expect(overview).toBeVisible();
  expect(await lanes.boundingBox()).toEqual(before);
});

test('"Go to year" shows that year, and says what is wrong with a year it cannot show', async ({ page }) => {
  await openTimeline(page);
  const year = page.getByRole('textbox', { name: 'Go to year' });
  const lanes = page.locator('.timeline__scroll');
  const before = await lanes.boundingBox();
  await year.fill('1850');
  await year.press('Enter');
  const problem = page.getByText('The timeline runs from 1900 to 1945.');
  await expect(problem).toBeInViewport();
  await expect(year).toHaveAccessibleDescription('The timeline runs from 1900 to 1945.');
  // Said beside the field: nothing above the lanes moves, and the field keeps focus.
  expect(await lanes.boundingBox()).toEqual(before);
  await expect(year).toBeFocused();
  // A year with no events shows, and says where the nearest are.
  await year.fill('1905');
  await expect(problem).toBeHidden();
  await year.press('Enter');
  await expect(page).toHaveURL(/from=1904-12-\d\d&to=1906-01-\d\d/);
  const note = page.getByRole('status').filter({ hasText: 'No events in 1905: the nearest are in 1907.' });
  await expect(note).toBeInViewport();
  await expect(year).toHaveAccessibleDescription('No events in 1905: the nearest are in 1907.');
  await expect(year).not.toHaveAttribute('aria-invalid', 'true');
  // Gone once the reader moves on: here to Fit all, and back to the field.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(note).toBeHidden();
  await year.fill('1905');
  await year.press('Enter');
  await expect(note).toBeVisible();
  await year.fill('1923');
  await expect(note).toBeHidden();
  await year.press('Enter');
  await expect(page).toHaveURL(/from=1922-12-\d\d&to=1924-01-\d\d/);
  await expect(timelineEvents(page).getByRole('button', { name: /^Workers' Group arrested:/ })).toBeVisible();
});

test('Ctrl + wheel zooms about the pointer, Shift + wheel and a sideways swipe pan', async ({ page }) => {
  await openTimeline(page, '?from=1916-01-01&to=1931-12-31');
  const lanes = page.locator('.timeline__scroll');
  const box = await lanes.boundingBox();
  if (!box) throw new Error('no lanes');
  await page.mouse.move(box.x + box.width * 0.6, box.y + 120);

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => windowYears(page)?.to ?? 0).toBeLessThan(1929);
  const zoomed = windowYears(page);
  // One notch halves the span: sixteen years become eight.
  expect((zoomed?.to ?? 0) - (zoomed?.from ?? 0)).toBeCloseTo(8, 0);

  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Shift');
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeGreaterThan((zoomed?.from ?? 0) + 1);
  const panned = windowYears(page);

  await page.mouse.wheel(-300, 0);
  await expect.poll(() => windowYears(page)?.from ?? 0).toBeLessThan((panned?.from ?? 0) - 1);
  // A plain wheel scrolls the lanes, not the window.
  await page.mouse.wheel(0, 300);
  await expect.poll(() => lanes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

test('a cluster is a button that says how many events it holds, and opening it zooms in on them', async ({
  page,
}) => {
  await openTimeline(page);
  const cluster = firstCluster(page);
  const name = (await cluster.getAttribute('aria-label')) ?? '';
  const count = Number(/^\d+/.exec(name)?.[0]);
  expect(count).toBeGreaterThan(1);
  await cluster.focus();
  await expect(cluster).toBeFocused();
  // Its first event: the badge stands where that event is, and its id ends the cluster's.
  const first = ((await cluster.getAttribute('data-cluster-id')) ?? '').split(':').at(-1) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=/);
  const opened = windowYears(page);
  expect((opened?.to ?? 99) - (opened?.from ?? 0)).toBeLessThan(15);
  // Focus goes on to that event, drawn now, where the reader can see it and walk on from it.
  await expect.poll(() => focusedEventId(page)).toBe(first);
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(page.getByRole('tooltip')).toContainText(eventById(first).title);
});

for (const [width, height, least] of [
  [1280, 720, 20],
  [1920, 1080, 30],
] as const) {
  test(`at the default view a reader can read at least ${least} event names at ${width}×${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTimeline(page);
    await expect.poll(async () => (await readableNames(page)).length).toBeGreaterThanOrEqual(least);
  });
}

/**
 * The names drawn anywhere down the lanes whose letters run past the lanes' left or right edge
 * (the tinted padding round them may be cut: the name is whole).
 */
const namesCutByEdges = (page: Page) =>
  drawnTimeline(page).evaluate((root) => {
    const left = root.querySelector('.vis-labelset')?.getBoundingClientRect().right ?? 0;
    const right = document.querySelector('.timeline__scroll')?.getBoundingClientRect().right ?? innerWidth;
    return [...root.querySelectorAll<HTMLElement>('.tl-item__title')].flatMap((title) => {
      const letters = document.createRange();
      letters.selectNodeContents(title);
      const r = letters.getBoundingClientRect();
      return r.width > 0 && (r.left < left - 1 || r.right > right + 1) ? [title.textContent] : [];
    });
  });

// On a phone's 290 px of lanes some names fit on neither side of their event: cut at a word ("…").
for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [390, 844],
  [320, 640],
] as const) {
  test(`at ${width}×${height} no event's name is cut off by the lanes' edges, at first or after Fit all`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTimeline(page);
    await expect(timelineEvents(page)).toHaveAttribute('aria-busy', 'false');
    expect(await namesCutByEdges(page)).toEqual([]);
    // Pressed, Fit all has vis-timeline take over from the preview, and draws once at rest.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
    await expect(timelineEvents(page)).toHaveAttribute('aria-busy', 'false');
    expect(await namesCutByEdges(page)).toEqual([]);
  });
}

// Windows whose edges fall among events: a name after a dot left of the window, or before a dot
// just past it, ran into the lanes cut ("th Party Congress", "Platform of the Oppositi").
for (const [width, height, search] of [
  [1280, 720, '?from=1923-03-25&to=1935-03-25'],
  [390, 844, '?from=1918-07-01&to=1926-06-30'],
  [390, 844, '?from=1921-02-01&to=1925-02-01'],
] as const) {
  test(`at ${width}×${height} no name is cut by the lanes' edges in the window ${search}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTimeline(page, search);
    await expect(timelineEvents(page)).toHaveAttribute('aria-busy', 'false');
    expect(await namesCutByEdges(page)).toEqual([]);
  });
}

test('a first-time reader is pointed to the tours and the key: "Take a tour" opens the tours in the page, focus on them; the tip once dismissed stays so', async ({
  page,
}) => {
  await openTimeline(page);
  const tip = page.getByText('New here?');
  await expect(tip).toBeInViewport();
  // The key, from the tip: opened, and its heading read.
  await page.getByRole('button', { name: 'key', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Key' }).getByRole('heading', { name: 'Key', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close the key' }).click();
  // The tours: the app changes view rather than loading itself again, and focus goes to the view
  // (it had fallen to <body>, from which Tab starts at the page's top).
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole('link', { name: 'Take a tour' }).click();
  await expect(page.getByRole('heading', { name: 'Present a tour' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  await page.goBack();
  await expect(tip).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss this tip' }).click();
  await expect(tip).toBeHidden();
  await page.reload();
  await expect(timelineEvents(page).getByRole('button').first()).toBeVisible();
  await expect(tip).toBeHidden();
});
