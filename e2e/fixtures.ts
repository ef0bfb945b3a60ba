import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { SERVED_EVENT_FILES, splitEvents } from '../src/data/split-events';
import { rawVoiceOf } from '../src/data/voice';

export interface DataEvent {
  id: string;
  title: string;
  /** The name the timeline writes, where the title is long. */
  shortTitle?: string;
  start: string;
  factions: string[];
  passages: { quote: string; cite: string }[];
}

/** The real dataset, read as the app serves it. */
export const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as DataEvent[];
/** The real people, whose voices the passages take when events are split. */
const people = JSON.parse(readFileSync('data/people.json', 'utf8')) as unknown;

export function eventById(id: string): DataEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`data/events.json has no event "${id}"`);
  return event;
}

/**
 * Serves `events` in place of data/events.json: split into the two files the app reads, as the
 * build splits the real one.
 */
export async function routeEvents(page: Page, events: unknown): Promise<void> {
  const split = splitEvents(events, rawVoiceOf(people));
  await page.route(`**/${SERVED_EVENT_FILES.listing}`, (route) => route.fulfill({ json: split.listing }));
  await page.route(`**/${SERVED_EVENT_FILES.details}`, (route) => route.fulfill({ json: split.details }));
}

interface Watch {
  /** Console errors and uncaught exceptions seen on the page. */
  consoleErrors: string[];
  /** Every request to another origin than the app's. */
  foreignRequests: string[];
}

/**
 * A test whose page records console errors and requests that leave the origin.
 *
 * The page is the worker's one tab, kept between tests (`reuseContext` in playwright.config.ts):
 * Playwright's reset between tests clears storage, cache, routes, init scripts, extra pages and
 * emulation, and this fixture clears what that reset leaves and the app could read: the tab's
 * window.name (the presenter window keeps its layout by it) and permissions granted during a test.
 * The tab's history is not cleared: a test goes back only through the entries it made.
 */
export const test = base.extend<{ watch: Watch }>({
  page: async ({ page, context, permissions }, use) => {
    await page.evaluate(() => {
      window.name = '';
    });
    // Those a spec asks for with test.use stay.
    await context.clearPermissions();
    if (permissions?.length) await context.grantPermissions(permissions);
    await use(page);
  },
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    };
    const onPageError = (e: Error) => watch.consoleErrors.push(e.message);
    const onRequest = (r: Request) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        watch.foreignRequests.push(url);
      }
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('request', onRequest);
    await use(watch);
    // The tab outlives the test: its listeners must not.
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  },
});

export { expect };

/** The region that holds the events, as a screen-reader user meets it. */
/**
 * How far the page reaches beyond the screen's width: more than 0 scrolls sideways. Measured
 * against the layout's width, not innerWidth: a phone zooms out to show a page wider than the
 * screen, and innerWidth then grows with the page, so that measure never showed an overflow.
 */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export const timelineEvents = (page: Page) => page.getByRole('group', { name: 'Events by faction' });

/** The filter bar, where faction chips live (event titles may start with a faction's name too). */
export const filterBar = (page: Page) => page.getByRole('region', { name: 'Filters' });

/** Waits until the timeline has drawn its items. */
export async function openTimeline(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(timelineEvents(page).getByRole('button').first()).toBeVisible();
}

/**
 * The rules axe runs: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. Named, because
 * axe's default leaves out WCAG 2.2's target size (2.5.8).
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; a violation fails the test, naming its rule and elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Judged at rest: while the window glides (a third of a second) items move every frame, and a
  // check that reads their places over several frames finds pairs that never stood together.
  const timeline = timelineEvents(page);
  if ((await timeline.count()) > 0) await expect(timeline).toHaveAttribute('aria-busy', 'false');
  // Judged as painted: after a window change the preview places its items at the start of the
  // next frame (layout-lanes.ts), and until then they stand where the last window put them.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  // And once what fades in has: a slide's text partway into its 450 ms entrance is still
  // translucent, and axe found its date and caption short of 4.5:1 (two runs in six, under load).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // axe.run in the page itself (legacy mode: no blank page opened for axe.finishRun; the app has no
  // frames of another origin), reporting violations only: the passes' node lists are most of what
  // a scan of the source reader's 2,500 elements sends back. Together a scan takes half the time.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** What draws the timeline now, and so what the reader sees: the preview, or vis-timeline's element. */
export const drawnTimeline = (page: Page) =>
  page.locator(
    '#timeline-events[data-engine="vis-timeline"] > .timeline__engine, #timeline-events[data-engine="preview"] .tl-preview',
  );

/**
 * The names a reader can read on the timeline now: written out whole (not cut short with an
 * ellipsis, not clipped by a bar or the lanes' edges), inside the screen and the lanes' visible
 * box below the sticky axis, and not covered by anything at either end or the middle.
 */
export function readableNames(page: Page): Promise<string[]> {
  return drawnTimeline(page).evaluate((root) => {
    const canvas = root.closest<HTMLElement>('#timeline-events');
    const scroll = document.querySelector<HTMLElement>('.timeline__scroll');
    if (!canvas || !scroll) return [];
    const box = scroll.getBoundingClientRect();
    const header = scroll.querySelector<HTMLElement>('.tl-header')?.offsetHeight ?? 0;
    const labels = canvas.querySelector('.vis-labelset')?.getBoundingClientRect();
    const view = {
      top: Math.max(box.top + header, 0),
      bottom: Math.min(box.bottom, innerHeight),
      left: Math.max(labels?.right ?? box.left, 0),
      right: Math.min(box.right, innerWidth),
    };
    const names: string[] = [];
    for (const title of root.querySelectorAll<HTMLElement>('.tl-item__title')) {
      const r = title.getBoundingClientRect();
      const item = title.closest<HTMLElement>('.tl-item');
      if (!item || r.width === 0 || item.scrollWidth > item.clientWidth + 1) continue;
      // Cut at a word where it fits whole on neither side (layout/plan.ts): not read whole.
      if (title.textContent.endsWith('…')) continue;
      const clip = title.closest('.vis-item-overflow')?.getBoundingClientRect();
      if (clip && (r.left < clip.left - 1 || r.right > clip.right + 1)) continue;
      if (r.left < view.left - 1 || r.right > view.right + 1) continue;
      if (r.top < view.top - 1 || r.bottom > view.bottom + 1) continue;
      const y = r.top + r.height / 2;
      const seen = [r.left + 2, r.left + r.width / 2, r.right - 2].every((x) =>
        title.contains(document.elementFromPoint(x, y)),
      );
      if (seen) names.push(title.textContent);
    }
    return names;
  });
}

/** The ids of the events drawn on the timeline now, and how many more its clusters count. */
export function drawnAndCounted(page: Page): Promise<{ drawn: string[]; counted: number }> {
  return drawnTimeline(page).evaluate((root) => {
    const drawn = [...root.querySelectorAll<HTMLElement>('[data-event-id]')].map(
      (el) => el.dataset.eventId ?? '',
    );
    const counted = [...root.querySelectorAll<HTMLElement>('[data-cluster-id]')].reduce(
      (sum, el) => sum + Number(/\d+/.exec(el.textContent)?.[0] ?? 0),
      0,
    );
    return { drawn, counted };
  });
}

/** The id of the event whose item has keyboard focus, or null. */
/** Pixels between the focused item and the tooltip, above or below it; Infinity with no tooltip. */
export const tooltipGap = (page: Page) =>
  page.evaluate(() => {
    const item = document.activeElement?.getBoundingClientRect();
    const tip = document.querySelector('[role="tooltip"]:not([hidden])')?.getBoundingClientRect();
    if (!item || !tip) return Infinity;
    return Math.min(Math.abs(tip.top - item.bottom), Math.abs(item.top - tip.bottom));
  });

export const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** The window the URL names, in years, or null for the whole timeline. */
export function windowYears(page: Page): { from: number; to: number } | null {
  const url = new URL(page.url());
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!from || !to) return null;
  const year = (iso: string) => Date.parse(iso) / (365.2425 * 86_400_000) + 1970;
  return { from: year(from), to: year(to) };
}

/** How many events the timeline holds now: drawn one by one, or counted in its clusters. */
export async function eventsOnTimeline(page: Page): Promise<number> {
  const { drawn, counted } = await drawnAndCounted(page);
  return drawn.length + counted;
}

/** The first cluster on the timeline, found by what a screen reader hears of it. */
export const firstCluster = (page: Page) =>
  timelineEvents(page)
    .getByRole('button', { name: /^\d+ events, .*: show them$/ })
    .first();

/** An event's button on the timeline, found by its title as a screen reader hears it. */
export function eventButton(page: Page, event: { title: string }) {
  const title = event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return timelineEvents(page).getByRole('button', { name: new RegExp(`(^|: )${title}, `) });
}

/** Two fingers set down on the timeline's lanes and spread apart, as raw touch events. */
export async function pinchOut(page: Page): Promise<void> {
  const box = await timelineEvents(page).boundingBox();
  if (!box) throw new Error('no timeline');
  const cdp = await page.context().newCDPSession(page);
  const cx = box.x + box.width * 0.6;
  const cy = box.y + 60;
  const fingers = (spread: number) => [
    { x: cx - spread, y: cy, id: 1 },
    { x: cx + spread, y: cy, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 30; spread <= 120; spread += 10)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Waits until the window in the URL spans fewer than `below` years. */
export async function expectWindowNarrowerThan(page: Page, below: number): Promise<void> {
  await expect
    .poll(() => {
      const w = windowYears(page);
      return w ? w.to - w.from : Number.POSITIVE_INFINITY;
    })
    .toBeLessThan(below);
}
