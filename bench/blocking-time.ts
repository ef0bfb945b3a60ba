/**
 * `npm run bench:blocking -- <dist> [<dist> …] [--runs n] [--frames]`: how long a first load holds
 * up input on a phone, for each build, the builds loaded in turn so all meet the same spells of a
 * machine whose speed drifts. Each load is a phone-sized page with the processor slowed 4× (as
 * Lighthouse's phone) in a page Playwright does not drive (quiet-browser.ts says why); its blocking time is the browser's own long tasks after the first
 * contentful paint, each one's part over 50 ms, until the events' text is joined on. Quicker and
 * steadier than Lighthouse's simulation, and it says where: with --frames, each build's first
 * load lists its long animation frames with the scripts that ran in them (the browser's
 * long-animation-frame entries: what called each script, its file, and its forced layout).
 */
import { serveStatic } from '../scripts/static-server';
import { BLOCK_SERVICE_WORKER } from './interactions';
import { median } from './median';
import { launchQuietBrowser, type QuietBrowser } from './quiet-browser';

const SLOWDOWN = 4;
const LONG_MS = 50;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const frames = args.includes('--frames');
const dists = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
if (dists.length === 0 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:blocking -- <dist> [<dist> …] [--runs n, default 9] [--frames]');
  process.exit(1);
}
const PORT = Number(process.env.BENCH_PORT ?? 4176);

interface LoadRecord {
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

/** Resolves once the events' text is joined on and the redraw after it (a task or two) is done. */
const SETTLED = `new Promise((resolve) => {
  const check = () => performance.getEntriesByName('data:details').length > 0 ? setTimeout(() => resolve(true), 1000) : setTimeout(check, 50);
  check();
})`;

function load(browser: QuietBrowser, url: string): Promise<LoadRecord> {
  return browser.withPage({ width: 412, height: 823 }, async (page) => {
    await page.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.send('Page.addScriptToEvaluateOnNewDocument', { source: `${OBSERVE};\n${BLOCK_SERVICE_WORKER}` });
    await page.send('Page.navigate', { url });
    await page.evaluate(SETTLED);
    return page.evaluate<LoadRecord>(`({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      ...window.__load,
    })`);
  });
}

const blockingMs = (r: LoadRecord) =>
  r.longTasks.filter(([start]) => start >= r.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - LONG_MS), 0);

const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, PORT + i)));
try {
  const browser = launchQuietBrowser();
  try {
    const sides = dists.map((dist, i) => ({
      dist,
      url: `http://127.0.0.1:${PORT + i}/`,
      figures: [] as number[],
    }));
    for (let run = 0; run < runs; run += 1) {
      for (const { dist, url, figures } of sides) {
        const record = await load(browser, url);
        figures.push(blockingMs(record));
        if (frames && run === 0) {
          console.log(`long animation frames after the first paint (${Math.round(record.fcp)} ms), ${dist}:`);
          for (const f of record.frames.filter((f) => f.start >= record.fcp && f.duration > LONG_MS)) {
            console.log(`  at ${Math.round(f.start)} ms, ${Math.round(f.duration)} ms`);
            for (const s of f.scripts) console.log(`      ${s}`);
          }
        }
      }
    }
    console.log(`blocking time of a first load, phone, CPU ${SLOWDOWN}× slower, ${runs} loads each (ms):`);
    for (const { dist, figures } of sides) {
      const list = figures.map(Math.round);
      console.log(`  median ${Math.round(median(list))}  (${list.join(', ')})  ${dist}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.close();
}
