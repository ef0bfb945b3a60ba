/**
 * A first load's blocking time on a phone (bench/blocking-time.ts and npm run bench): a
 * phone-sized page with the processor slowed 4× (as Lighthouse's phone), in a page Playwright
 * does not drive (quiet-browser.ts says why). Its blocking time is the browser's own long tasks
 * after the first contentful paint, each one's part over 50 ms, until the events' text is joined
 * on; its long animation frames say which scripts ran in them.
 */
import { BLOCK_SERVICE_WORKER, SETTLED } from './interactions';
import { median } from './median';
import { launchQuietBrowser, type QuietBrowser } from './quiet-browser';

export const SLOWDOWN = 4;
const LONG_MS = 50;

export interface LoadRecord {
  fcp: number;
  longTasks: [start: number, duration: number][];
  frames: { start: number; duration: number; scripts: string[] }[];
}

/** Observers set before the page's own scripts run, buffered so nothing before them is missed. */
const OBSERVE = `(() => {
  const record = (window.__load = { longTasks: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      record.frames.push({
        start: e.startTime,
        duration: e.duration,
        scripts: e.scripts.map((s) => s.invokerType + ' ' + s.invoker.slice(0, 48) + ' (' + (s.sourceURL.split('/').pop() || 'page') + ') ' + Math.round(s.duration) + ' ms, forced layout ' + Math.round(s.forcedStyleAndLayoutDuration) + ' ms'),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})()`;

export function loadOnPhone(browser: QuietBrowser, url: string): Promise<LoadRecord> {
  return browser.withPage({ width: 412, height: 823 }, async (page) => {
    await page.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `${OBSERVE};\n${BLOCK_SERVICE_WORKER}`,
    });
    await page.send('Page.navigate', { url });
    if (!(await page.evaluate<boolean>(SETTLED))) throw new Error(`${url} did not draw in 60 s`);
    // The redraw after the text is joined on follows by a task or two.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return page.evaluate<LoadRecord>(`({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      ...window.__load,
    })`);
  });
}

export const blockingMs = (r: LoadRecord) =>
  r.longTasks.filter(([start]) => start >= r.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - LONG_MS), 0);

/** Long animation frames after the first paint, each with the scripts that ran in it. */
export const longFramesAfterPaint = (r: LoadRecord) =>
  r.frames.filter((f) => f.start >= r.fcp && f.duration > LONG_MS);

/** The median blocking time of `runs` first loads of `url`. */
export async function medianBlockingMs(url: string, runs: number): Promise<number> {
  const browser = launchQuietBrowser();
  try {
    const figures: number[] = [];
    for (let run = 0; run < runs; run += 1) figures.push(blockingMs(await loadOnPhone(browser, url)));
    return median(figures);
  } finally {
    await browser.close();
  }
}
