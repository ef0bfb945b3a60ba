import type { Page } from '@playwright/test';
import { quoteOpening } from '../src/ui/quote-opening';
import {
  eventById,
  events,
  expect,
  focusedEventId,
  openTimeline,
  test,
  timelineEvents,
  tooltipGap,
  windowYears,
} from './fixtures';

/** The events as the timeline walks them with ←/→: all of them, in date order (data/events.json's). */
const walk = events.map((e) => e.id);

/** Tab, then Enter on "Skip to the timeline": the first event visible has focus. */
async function skipToTimeline(page: Page): Promise<string> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedEventId(page)).not.toBeNull();
  return (await focusedEventId(page)) ?? '';
}

/** The skip link, then vis-timeline's own items: the preview has given way. */
async function skipToEngine(page: Page): Promise<void> {
  await skipToTimeline(page);
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
}

/** Keys pressed in one task on the focused element, so no draw can come between them. */
const pressInOneTask = (page: Page, keys: readonly string[]) =>
  page.evaluate((pressed) => {
    for (const key of pressed)
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
  }, keys);

test('from a fresh load, two key presses (Tab, Enter on the skip link) put focus on the first event', async ({
  page,
}) => {
  await openTimeline(page);
  const first = await skipToTimeline(page);
  expect(first).toBe(walk[0]);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  // The focused event says its name and date, in a tooltip that is its description.
  await expect(page.getByRole('tooltip')).toContainText(eventById(first).title);
});

test('ArrowRight and ArrowLeft walk through every event in time, one press each, none lost while vis-timeline takes over', async ({
  page,
}) => {
  await openTimeline(page);
  await skipToTimeline(page);
  // Pressed at a reader's pace, each once: the focus must be on the next event each time. The
  // first presses come while vis-timeline loads and takes the preview's place.
  for (let i = 1; i < 12; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(walk[i]);
    await expect(page.locator(':focus')).toBeInViewport();
  }
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedEventId(page)).toBe(walk[10]);
});

test('a second key pressed before the first one’s event is drawn steps on from that event', async ({
  page,
}) => {
  await openTimeline(page);
  await skipToTimeline(page);
  // The second event in time is in a cluster at the default view: → must first draw it.
  await expect(timelineEvents(page).locator(`[data-event-id="${walk[1]}"]`)).toHaveCount(0);
  await pressInOneTask(page, ['ArrowRight', 'ArrowRight']);
  await expect.poll(() => focusedEventId(page)).toBe(walk[2]);
});

test('keys pressed in quick succession while vis-timeline takes over are all acted on', async ({ page }) => {
  await openTimeline(page);
  await skipToTimeline(page);
  // No waiting between presses: five steps must land five events on.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedEventId(page)).toBe(walk[5]);
  await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
});

test('each arrow key takes focus from one event to the next, never to the page between them', async ({
  page,
}) => {
  await openTimeline(page);
  await skipToEngine(page);
  // Every time focus leaves an event for nothing, and is still nowhere once the code that moved it
  // has run: a screen reader then hears the page between two events. vis-timeline redrew the item
  // set in an empty window on every change, and every step did it, often twice.
  await page.evaluate(() => {
    const dropped: string[] = [];
    Object.assign(window, { dropped });
    document.addEventListener(
      'focusout',
      (e) => {
        const id = e.target instanceof HTMLElement ? e.target.dataset.eventId : undefined;
        if (id === undefined || e.relatedTarget !== null) return;
        queueMicrotask(() => {
          if (document.activeElement === document.body) dropped.push(id);
        });
      },
      true,
    );
  });
  const keys = [
    ...Array<string>(20).fill('ArrowRight'),
    ...Array<string>(8).fill('ArrowDown'),
    ...Array<string>(4).fill('ArrowUp'),
    ...Array<string>(10).fill('ArrowLeft'),
  ];
  for (const key of keys) {
    const before = await focusedEventId(page);
    await page.keyboard.press(key);
    await expect.poll(() => focusedEventId(page)).not.toBe(before);
  }
  expect(await page.evaluate(() => (window as unknown as { dropped: string[] }).dropped)).toEqual([]);
  await expect(page.locator(':focus')).toBeInViewport();
});

test('ArrowDown moves to the nearest event of the next lane and names the lane', async ({ page }) => {
  await openTimeline(page, '?from=1920-06-01&to=1922-06-01');
  await skipToTimeline(page);
  const before = await focusedEventId(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedEventId(page)).not.toBe(before);
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: / lane\.$/ })).toHaveCount(1);
});

test('ArrowDown then ArrowUp comes back to the event it started from, however many lanes it crossed', async ({
  page,
}) => {
  await openTimeline(page);
  await skipToTimeline(page);
  // The October Revolution: the nearest event to the Left Communists' below it is not the one
  // nearest it above them, so a step that measured from where it stood came back elsewhere.
  const start = walk.indexOf('october-revolution');
  for (let i = 1; i <= start; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(walk[i]);
  }
  const down: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedEventId(page)).not.toBe(down.at(-1) ?? walk[start]);
    down.push((await focusedEventId(page)) ?? '');
  }
  for (const back of [down[1], down[0], walk[start]]) {
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedEventId(page)).toBe(back);
    await expect(page.locator(':focus')).toBeInViewport();
  }
});

test('an arrow pressed while a zoom glides lands on its event, in view, and keeps focus there', async ({
  page,
}) => {
  await openTimeline(page);
  await skipToEngine(page);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  // → comes as the second zoom's glide sets out (both keys in one task, so no frame between):
  // the next event is inside the window the glide starts from, outside the one it ends on.
  await pressInOneTask(page, ['+', 'ArrowRight']);
  // The window the glides end on (the URL is written when the last one ends) shows the event,
  // and focus is on it: not carried out of the window by the zoom to the page's body.
  const year = Number(eventById(walk[1] ?? '').start.slice(0, 4));
  await expect.poll(() => windowYears(page)?.to ?? 0).toBeGreaterThan(year);
  await expect.poll(() => focusedEventId(page)).toBe(walk[1]);
  await expect(page.locator(':focus')).toBeInViewport();
});

test('+ and − zoom about the focused event, which keeps focus and stays in view', async ({ page }) => {
  await openTimeline(page);
  await skipToTimeline(page);
  // An event away from the middle of the window.
  for (let i = 1; i <= 8; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(walk[i]);
  }
  const id = walk[8];
  const tooltip = page.getByRole('tooltip');
  for (const key of ['+', '+', '-', '+']) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(/from=/);
    await expect.poll(() => focusedEventId(page)).toBe(id);
    await expect(page.locator(':focus')).toBeInViewport();
    // Its name and date still beside it, wherever the zoom re-stacked its lane.
    await expect(tooltip).toContainText(eventById(id ?? '').title);
    await expect.poll(() => tooltipGap(page)).toBeLessThan(12);
  }
  // Halved, halved, doubled and halved: thirty-two years down to eight.
  await expect
    .poll(() => {
      const years = windowYears(page);
      return Math.round((years?.to ?? 0) - (years?.from ?? 0));
    })
    .toBe(8);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(() => focusedEventId(page)).toBe(id);
});

/** Tab from the first event to the cluster after it; returns the years its name gives. */
async function tabToCluster(page: Page): Promise<{ from: number; to: number }> {
  await skipToTimeline(page);
  await page.keyboard.press('Tab');
  const cluster = page.locator(':focus');
  await expect(cluster).toHaveAccessibleName(/^\d+ events, \d{4}(–\d{4})?: show them$/);
  const name = (await cluster.getAttribute('aria-label')) ?? '';
  const [from, to = from] = (/(\d{4})(?:–(\d{4}))?/.exec(name) ?? []).slice(1).map(Number);
  return { from: from ?? 0, to: to ?? 0 };
}

/** The event focus went to once a key acted on a cluster, checked to be one of its years and in view. */
async function focusedFromCluster(page: Page, years: { from: number; to: number }): Promise<string> {
  await expect.poll(() => focusedEventId(page)).not.toBeNull();
  const first = (await focusedEventId(page)) ?? '';
  const year = Number(eventById(first).start.slice(0, 4));
  expect(year).toBeGreaterThanOrEqual(years.from);
  expect(year).toBeLessThanOrEqual(years.to);
  await expect(page.locator(':focus')).toBeInViewport();
  return first;
}

/**
 * The sides of the focused item's ring that a box cutting off its overflow hides: its outline
 * reaches outline-offset + outline-width beyond the item's edge (nothing where that is inside).
 */
const clippedRingSides = (page: Page) =>
  page.evaluate(() => {
    const item = document.activeElement?.closest('.vis-item');
    if (!item) return ['no focused item'];
    const style = getComputedStyle(item);
    if (style.outlineStyle === 'none') return ['no ring'];
    const reach = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
    const r = item.getBoundingClientRect();
    const ring = {
      top: r.top - reach,
      bottom: r.bottom + reach,
      left: r.left - reach,
      right: r.right + reach,
    };
    const hidden = new Set<string>();
    for (let box = item.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflow === 'visible') continue;
      const b = box.getBoundingClientRect();
      const inner = { top: b.top + box.clientTop, left: b.left + box.clientLeft };
      if (ring.top < inner.top - 0.5) hidden.add('top');
      if (ring.left < inner.left - 0.5) hidden.add('left');
      if (ring.bottom > inner.top + box.clientHeight + 0.5) hidden.add('bottom');
      if (ring.right > inner.left + box.clientWidth + 0.5) hidden.add('right');
    }
    return [...hidden];
  });

test('the focus ring of an event and of a cluster in the top lane is drawn whole', async ({ page }) => {
  await openTimeline(page);
  await skipToTimeline(page);
  const inTopLane = () =>
    page.evaluate(() => document.activeElement?.closest('.vis-group')?.matches(':first-child') ?? false);
  // The first event and the cluster after it stand at the top of the first lane.
  expect(await inTopLane()).toBe(true);
  expect(await clippedRingSides(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/events, .*: show them$/);
  expect(await inTopLane()).toBe(true);
  expect(await clippedRingSides(page)).toEqual([]);
});

test('on a cluster, → goes to its first event and ← to the event before it', async ({ page }) => {
  await openTimeline(page);
  const years = await tabToCluster(page);
  await page.keyboard.press('ArrowRight');
  const first = await focusedFromCluster(page, years);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedEventId(page)).toBe(walk[walk.indexOf(first) - 1]);
});

test('+ on a cluster whose events the zoom spreads out leaves focus on its first event, in view', async ({
  page,
}) => {
  await openTimeline(page);
  const years = await tabToCluster(page);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  const first = await focusedFromCluster(page, years);
  // Still the timeline's keys: → steps on from it.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedEventId(page)).toBe(walk[walk.indexOf(first) + 1]);
});

test('a keyboard-only walk: open an event, read a quotation in context, come back', async ({ page }) => {
  const congress = eventById('tenth-party-congress');
  await openTimeline(page, '?from=1921-01-01&to=1921-06-30');
  await skipToTimeline(page);
  const start = walk.indexOf((await focusedEventId(page)) ?? '');
  const target = walk.indexOf(congress.id);
  expect(target).toBeGreaterThan(start);
  for (let i = start + 1; i <= target; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(walk[i]);
  }
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: congress.title });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // Tab through the panel to the first "read in context" link.
  const readLink = page.getByRole('link', {
    name: `Read in context: ${quoteOpening(congress.passages[0]?.quote ?? '')}`,
  });
  for (let i = 0; i < 30 && !(await readLink.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(readLink).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`view=source&event=${congress.id}&passage=1`));
  const first = congress.passages[0];
  if (!first) throw new Error('no passage');
  await expect(page.locator('mark').first()).toBeInViewport();
  expect((await page.locator('mark').allTextContents()).join('')).toBe(first.quote);

  // The way back is drawn just above the quotation, but some fifty links before it for Tab: Esc
  // takes it, as the link says.
  const back = page.getByRole('link', { name: 'Back to the event on the timeline' });
  await expect(back).toBeInViewport();
  await expect(back).toHaveAttribute('aria-keyshortcuts', 'Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: congress.title })).toBeVisible();
  // Focus is back on the link the reader left by.
  await expect(readLink).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => focusedEventId(page)).toBe(congress.id);
});

test('Tab reaches the selected event when there is one', async ({ page }) => {
  await openTimeline(page, '?event=workers-group-arrests');
  await page.getByRole('button', { name: 'Close event panel' }).click();
  await expect.poll(() => focusedEventId(page)).toBe('workers-group-arrests');
});

test('"/" puts the cursor in the search box from the timeline', async ({ page }) => {
  await openTimeline(page);
  await skipToTimeline(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});
