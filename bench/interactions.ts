import { median } from './median';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium';
import { launchQuietBrowser, type QuietPage } from './quiet-browser';

export interface FirstLoadFigures {
  firstDrawMs: number;
  /** When the listing (what the timeline draws) was checked and handed to the app (`data:ready`). */
  dataReadyMs: number;
  /** When the events' text, loaded after the first draw, was joined on (`data:details`). */
  detailsReadyMs: number;
  /** Main-thread time over 50 ms in each task before the first draw, as Lighthouse's TBT counts it. */
  blockingBeforeDrawMs: number;
  longestTaskBeforeDrawMs: number;
  /** The longest main-thread task from the first draw until the events' text is joined on. */
  longestTaskWhileTextLoadsMs: number;
  /**
   * From the first pointer over the timeline until vis-timeline has drawn and taken the preview's
   * place (its code loaded, built, drawn), and the longest task in that time: what a reader's
   * first click on the timeline may wait for.
   */
  takeOverMs: number;
  longestTaskInTakeOverMs: number;
}

export interface InteractionFigures extends FirstLoadFigures {
  filterChangeMs: number;
  searchKeystrokeMs: number;
  searchKeystrokeTimelineMs: number;
  keyboardStepMs: number;
}

/** Resolves with the time from `t0` to the next `timeline:drawn` mark after it; NaN after 10 s. */
const WAIT_FOR_DRAW = `(t0) => new Promise((resolve) => {
  const check = () => {
    const mark = performance.getEntriesByName('timeline:drawn').at(-1);
    if (mark && mark.startTime > t0) resolve(mark.startTime - t0);
    else if (performance.now() - t0 > 10000) resolve(NaN);
    else requestAnimationFrame(check);
  };
  check();
})`;

export interface FirstLoad {
  firstDraw: number;
  dataReady: number;
  detailsReady: number;
  blocking: number;
  longest: number;
  longestAfter: number;
}

/** Records long tasks from the start of the page, before any of its scripts run. */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/** No service worker, as in Playwright's pages (PAGE_OPTIONS), which block it the same way. */
export const BLOCK_SERVICE_WORKER = `if (self.ServiceWorkerContainer) ServiceWorkerContainer.prototype.register = async () => undefined;`;

/** Resolves once the page is settled: drawn, and with the events' text in (NaN after 60 s). */
export const SETTLED = `new Promise((resolve) => {
  const t0 = performance.now();
  const check = () => {
    if (['timeline:first-draw', 'data:details'].every((n) => performance.getEntriesByName(n).length > 0)) resolve(true);
    else if (performance.now() - t0 > 60000) resolve(false);
    else setTimeout(check, 50);
  };
  check();
})`;

/** A settled page opened in Playwright, for the interactions timed on it. */
async function openWith(page: Page, baseUrl: string): Promise<void> {
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(baseUrl);
  // The interactions that follow are timed on a settled page: drawn, and with the events' text in.
  await page.waitForFunction(
    () => ['timeline:first-draw', 'data:details'].every((n) => performance.getEntriesByName(n).length > 0),
    null,
    { timeout: 60_000 },
  );
}

/** A first load, timed in a quiet page (quiet-browser.ts says why not in Playwright's). */
export async function timeFirstLoad(page: QuietPage, baseUrl: string): Promise<FirstLoad> {
  await page.send('Page.addScriptToEvaluateOnNewDocument', {
    source: OBSERVE_LONG_TASKS + BLOCK_SERVICE_WORKER,
  });
  await page.send('Page.navigate', { url: baseUrl });
  if (!(await page.evaluate<boolean>(SETTLED))) throw new Error(`${baseUrl} did not draw in 60 s`);
  // Long-task entries are delivered a little after the task; a frame's wait lets the last arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return page.evaluate<FirstLoad>(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const firstDraw = at('timeline:first-draw');
    const detailsReady = at('data:details');
    const before = window.__longTasks.filter(([start]) => start < firstDraw).map(([, d]) => d);
    // Tasks that start by the time the text is joined on (the join itself is one of them).
    const after = window.__longTasks
      .filter(([start]) => start >= firstDraw && start <= detailsReady)
      .map(([, d]) => d);
    return {
      firstDraw,
      dataReady: at('data:ready'),
      detailsReady,
      blocking: before.reduce((n, d) => n + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...before),
      longestAfter: Math.max(0, ...after),
    };
  })()`);
}

/**
 * Watches for the engine's taking over from the preview (timeline-view.tsx), from the first
 * pointer over the timeline; `window.__takeOver` resolves with the time it took and the longest
 * task in it.
 */
const WATCH_TAKE_OVER = `(() => {
    const el = document.querySelector('.timeline__canvas');
    window.__takeOver = new Promise((resolve) => {
      el.addEventListener('pointerover', (e) => {
        const t0 = e.timeStamp;
        const done = () => {
          const longest = Math.max(0, ...window.__longTasks.filter(([start, d]) => start + d >= t0).map(([, d]) => d));
          resolve({ ms: performance.now() - t0, longest });
        };
        new MutationObserver((_, observer) => {
          if (el.dataset.engine === 'vis-timeline') { observer.disconnect(); setTimeout(done, 100); }
        }).observe(el, { attributes: true, attributeFilter: ['data-engine'] });
      }, { once: true });
    });
    const box = el.getBoundingClientRect();
    return { x: box.left + 10, y: box.top + 10 };
  })()`;

/**
 * Moves the pointer over the timeline, as a reader reaching for it does, and times the engine's
 * taking over from the preview; resolves once it has.
 */
async function takeOver(page: Page): Promise<{ ms: number; longest: number }> {
  await page.evaluate(WATCH_TAKE_OVER);
  await page.locator('.timeline__canvas').hover({ position: { x: 10, y: 10 } });
  return page.evaluate<{ ms: number; longest: number }>('window.__takeOver');
}

/** takeOver, in a quiet page. */
async function takeOverQuietly(page: QuietPage): Promise<{ ms: number; longest: number }> {
  const at = await page.evaluate<{ x: number; y: number }>(WATCH_TAKE_OVER);
  await page.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at });
  return page.evaluate<{ ms: number; longest: number }>('window.__takeOver');
}

/**
 * A faction chip pressed: until the timeline has drawn the results in the window that frames them
 * (the re-frame commits at once: the page prefers reduced motion, so nothing glides).
 */
async function filterChange(page: Page): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const chips = [...document.querySelectorAll('.filter-bar .chip')];
    const chip = chips.find((b) => (b.getAttribute('aria-label') ?? '').startsWith("Workers' Opposition,"));
    if (!chip) throw new Error('no chip among: ' + chips.map((b) => b.getAttribute('aria-label')).join(' / '));
    const before = location.search.replace(/&?(from|to)=[^&]*/g, '');
    const framedBefore = location.search.includes('from=');
    const t0 = performance.now();
    chip.click();
    // Framed: the address has the new filter and its window (or, with no filter left, none).
    await new Promise((resolve) => {
      const check = () => {
        const search = location.search;
        const filtered = search.replace(/&?(from|to)=[^&]*/g, '') !== before;
        if ((filtered && search.includes('from=') !== framedBefore) || performance.now() - t0 > 10000) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    const framed = performance.now();
    const drawn = await (${WAIT_FOR_DRAW})(framed);
    return framed - t0 + drawn;
  })()`);
}

/** One character typed into the search box: until the count shows the result, and until the timeline has redrawn. */
async function searchKeystroke(page: Page, value: string): Promise<[number, number]> {
  return page.evaluate<[number, number]>(`(async () => {
    const input = document.querySelector('.filter-bar input[type=search]');
    const status = document.querySelector('.filter-bar__count');
    const before = status.textContent;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const t0 = performance.now();
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - t0); });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    setValue.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const countMs = await Promise.race([shown, new Promise((r) => setTimeout(() => r(before === status.textContent ? NaN : performance.now() - t0), 2000))]);
    // A keystroke that leaves the results as they were has nothing to redraw: the next draw would
    // be the search's re-frame, 300 ms on, which is not this keystroke's cost.
    const drawMs = Number.isNaN(countMs) ? NaN : await (${WAIT_FOR_DRAW})(t0);
    return [countMs, drawMs];
  })()`);
}

async function keyboardStep(page: Page): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const from = document.activeElement;
    const t0 = performance.now();
    const moved = new Promise((resolve) => {
      const check = () => {
        if (document.activeElement !== from && document.activeElement?.dataset.eventId) resolve(performance.now() - t0);
        else if (performance.now() - t0 > 10000) resolve(NaN);
        else requestAnimationFrame(check);
      };
      document.addEventListener('focusin', function once() { document.removeEventListener('focusin', once); resolve(performance.now() - t0); });
      requestAnimationFrame(check);
    });
    from.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    return moved;
  })()`);
}

export async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_FLAGS,
  });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Every page the bench opens: a laptop's window, and no service worker. Its precaching (some
 * 2.3 MB, once the first view is idle) would run beside the interactions timed, on a first visit
 * only; blocked, the figures time the app alone and stay comparable with runs before it existed.
 */
export const PAGE_OPTIONS = { viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' } as const;

/** The first load, each figure the median of `runs` quiet pages loaded afresh. */
async function firstLoads(baseUrl: string, runs: number): Promise<FirstLoadFigures> {
  const loads: (FirstLoad & { takeOver: number; longestInTakeOver: number })[] = [];
  const browser = launchQuietBrowser();
  try {
    for (let i = 0; i < runs; i += 1) {
      loads.push(
        await browser.withPage(PAGE_OPTIONS.viewport, async (page) => {
          const load = await timeFirstLoad(page, baseUrl);
          const { ms, longest } = await takeOverQuietly(page);
          return { ...load, takeOver: ms, longestInTakeOver: longest };
        }),
      );
    }
  } finally {
    await browser.close();
  }
  return {
    firstDrawMs: median(loads.map((l) => l.firstDraw)),
    dataReadyMs: median(loads.map((l) => l.dataReady)),
    detailsReadyMs: median(loads.map((l) => l.detailsReady)),
    blockingBeforeDrawMs: median(loads.map((l) => l.blocking)),
    longestTaskBeforeDrawMs: median(loads.map((l) => l.longest)),
    longestTaskWhileTextLoadsMs: median(loads.map((l) => l.longestAfter)),
    takeOverMs: median(loads.map((l) => l.takeOver)),
    longestTaskInTakeOverMs: median(loads.map((l) => l.longestInTakeOver)),
  };
}

/** First-load timings in Chromium of whatever dataset `baseUrl` serves, each the median of `runs`. */
export function measureFirstLoad(baseUrl: string, runs = 5): Promise<FirstLoadFigures> {
  return firstLoads(baseUrl, runs);
}

/**
 * A page on the engine with the Filters panel open, and `runs` × 2 faction filter changes timed
 * on it (on, off, on, off…). The page is left open for more.
 */
async function filterChanges(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<{ page: Page; filters: number[] }> {
  // Timed on the engine, as a reader using the timeline meets them; with reduced motion, so that
  // a filter's re-frame is drawn at once rather than glided to.
  const page = await browser.newPage({ ...PAGE_OPTIONS, reducedMotion: 'reduce' });
  await openWith(page, baseUrl);
  await takeOver(page);
  // The faction chips are drawn when the Filters panel opens, and it stays open between presses.
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: /^Filters/ })
    .click();
  await page.locator('.filter-bar .chip').first().waitFor();
  const filters: number[] = [];
  for (let i = 0; i < runs * 2; i += 1) filters.push(await filterChange(page));
  return { page, filters };
}

export interface ScaleFigures {
  dataReadyMs: number;
  firstDrawMs: number;
  filterChangeMs: number;
}

/**
 * The three figures that show how cost grows with the dataset (bench/run.ts prints them for
 * 1,000, 10,000 and 50,000 events), each the median of `runs`.
 */
export function measureScale(baseUrl: string, runs = 3): Promise<ScaleFigures> {
  return withBrowser(async (browser) => {
    const load = await firstLoads(baseUrl, runs);
    const { page, filters } = await filterChanges(browser, baseUrl, runs);
    await page.close();
    return { dataReadyMs: load.dataReadyMs, firstDrawMs: load.firstDrawMs, filterChangeMs: median(filters) };
  });
}

/**
 * Interaction timings in Chromium on a synthetic dataset, each the median of `runs`: the page is
 * loaded afresh for the first draw; the other figures are repeated on one page.
 */
export function measureInteractions(baseUrl: string, runs = 5): Promise<InteractionFigures> {
  return withBrowser(async (browser) => {
    const load = await firstLoads(baseUrl, runs);

    const { page, filters } = await filterChanges(browser, baseUrl, runs);
    // Typed with the panel closed, as the search box is met: an open panel's chips recount too.
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('button', { name: /^Filters/ })
      .click();
    await page.locator('.filter-bar .chip').first().waitFor({ state: 'detached' });

    const counts: number[] = [];
    const draws: number[] = [];
    // Warm the search code, then time single keystrokes; one that leaves the result as it was (the
    // count unchanged) times nothing and is left out.
    await searchKeystroke(page, 'L');
    for (const value of ['Le', 'Len', 'Leni', 'Lenin', 'Tr', 'Tro', 'Trot', 'Trots', 'Trotsk']) {
      const [count, draw] = await searchKeystroke(page, value);
      counts.push(count);
      draws.push(draw);
    }
    await searchKeystroke(page, '');

    // Keyboard steps at a month's zoom, where events are drawn one by one rather than clustered.
    await page.goto(`${baseUrl}?from=1921-03-01&to=1921-03-31`);
    await page.waitForFunction(() => performance.getEntriesByName('data:details').length > 0, null, {
      timeout: 60_000,
    });
    await takeOver(page);
    // Let the first redraws settle (they replace item elements), then put focus on an event.
    await page.waitForTimeout(1000);
    await page.locator('[data-event-id]').first().focus();
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.eventId !== undefined,
    );
    const steps: number[] = [];
    for (let i = 0; i < runs * 2; i += 1) steps.push(await keyboardStep(page));
    await page.close();

    return {
      ...load,
      filterChangeMs: median(filters),
      searchKeystrokeMs: median(counts),
      searchKeystrokeTimelineMs: median(draws),
      keyboardStepMs: median(steps),
    };
  });
}
