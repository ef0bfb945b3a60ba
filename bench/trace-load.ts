/**
 * `npm run bench:trace -- <dist> [cpu slowdown, default 4]`: the long tasks of one first load of a
 * build, on a phone-sized page with the processor slowed as Lighthouse's phone is, each with what
 * ran inside it (scripts, style, layout, animation frames) and the JavaScript functions it spent
 * its time in. Lighthouse's total blocking time says how much; this says where. Build the side to
 * trace with `npx vite build --minify false --outDir <dist>` to read the functions' own names.
 */
import type { CDPSession } from '@playwright/test';
import { serveStatic } from '../scripts/static-server';
import { withBrowser } from './interactions';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string };
}

const [dist, slowdownArg] = process.argv.slice(2);
if (!dist) {
  console.error('usage: npm run bench:trace -- <dist> [cpu slowdown, default 4]');
  process.exit(1);
}
const SLOWDOWN = Number(slowdownArg ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 4188);
/** Tasks over this long hold up input (and count towards Lighthouse's total blocking time). */
const LONG_MS = 50;
/** What a task's parts are shown by: the trace events that say what the browser was doing. */
const PARTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'ParseHTML',
  'Paint',
]);

async function traceLoad(session: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // Chromium's trace events, which Playwright's protocol types leave as string maps.
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await load();
  await session.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Self time by function name among the main thread's CPU samples inside [from, to], the largest
 * first. Each thread has its profile (the events' text worker has one): their samples mixed in,
 * a main-thread task was credited with functions the worker ran meanwhile.
 */
function functionsWithin(
  events: TraceEvent[],
  onMainThread: (e: TraceEvent) => boolean,
): (from: number, to: number) => string {
  const names = new Map<number, string>();
  const samples: [number, number][] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && onMainThread(e))) {
    let at = (profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
    // Profile ids are per process: another process's chunks can carry the same one.
    const chunks = events.filter(
      (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid,
    );
    for (const chunk of chunks.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as
        { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) names.set(node.id, node.callFrame.functionName);
      (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
        at += data?.timeDeltas?.[i] ?? 0;
        samples.push([at, id]);
      });
    }
  }
  return (from, to) => {
    const counts = new Map<string, number>();
    for (const [at, id] of samples) {
      if (at < from || at > to) continue;
      const name = names.get(id) || '(anonymous)';
      if (name === '(idle)') continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, n]) => `${name} ${Math.round((100 * n) / total)}%`)
      .join(', ');
  };
}

const server = await serveStatic(dist, PORT);
try {
  await withBrowser(async (browser) => {
    const page = await browser.newPage({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const session = await page.context().newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const events = await traceLoad(session, async () => {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(() => performance.getEntriesByName('data:details').length > 0, null, {
        timeout: 60_000,
      });
      await page.waitForTimeout(2000);
    });
    const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
    const tasks = events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && threads.some((t) => key(t) === key(e)),
    );
    const busiest = new Map<string, number>();
    for (const t of tasks) busiest.set(key(t), (busiest.get(key(t)) ?? 0) + (t.dur ?? 0));
    // The page's thread is the one its marks are on; failing those, the one that ran the most.
    const marked = events.find((e) => e.name === 'timeline:first-draw' || e.name === 'data:ready');
    const main = marked ? key(marked) : [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
    const onMain = events.filter((e) => key(e) === main && e.ph === 'X');
    const paint = events.find((e) => e.name === 'firstContentfulPaint' && key(e) === main);
    const start = paint?.ts ?? 0;
    const within = functionsWithin(events, (e) => key(e) === main);
    let blocking = 0;
    console.log(`long tasks of a first load, CPU slowed ${SLOWDOWN}×, from the first contentful paint:`);
    for (const task of onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
      const ms = (task.dur ?? 0) / 1000;
      if (ms < LONG_MS || task.ts < start) continue;
      blocking += ms - LONG_MS;
      const end = task.ts + (task.dur ?? 0);
      const parts = onMain
        .filter(
          (e) => PARTS.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 3000,
        )
        .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)}`);
      console.log(
        `${String(Math.round((task.ts - start) / 1000)).padStart(6)} ms  ${String(Math.round(ms)).padStart(4)} ms  ${parts.join(', ')}`,
      );
      const functions = within(task.ts, end);
      if (functions) console.log(`${' '.repeat(18)}${functions}`);
    }
    console.log(
      `blocking time of these tasks (each one's part over ${LONG_MS} ms): ${Math.round(blocking)} ms`,
    );
  });
} finally {
  server.close();
}
