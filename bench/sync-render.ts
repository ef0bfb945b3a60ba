/**
 * `npm run bench:sync-render -- <dist> [<dist> …] [--runs n]`: how long React renders
 * synchronously in a first load (until the events' text is joined on), per build, from a CPU
 * profile: the samples under React's flush of synchronous work, which the browser cannot put off
 * for a tap or a key. zustand's store updates render this way. Build each side unminified
 * (`npx vite build --minify false --outDir <dist>`) so React's functions keep their names.
 */
import { measureInTurn, parseBuildArgs } from './builds-in-turn';
import { BLOCK_SERVICE_WORKER, PAGE_OPTIONS, SETTLED } from './interactions';
import { median } from './median';
import type { QuietPage } from './quiet-browser';

/** React's function that renders and commits synchronous updates (react-dom 19). */
const SYNC_FLUSH = 'flushSyncWorkAcrossRoots_impl';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const args = parseBuildArgs(process.argv.slice(2), 5);
if (!args) {
  console.error('usage: npm run bench:sync-render -- <dist> [<dist> …] [--runs n, default 5]');
  process.exit(1);
}
const PORT = Number(process.env.BENCH_PORT ?? 4172);

/** Milliseconds of samples with `name` on their stack. */
function msUnder(profile: Profile, name: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let us = 0;
  profile.samples.forEach((id, i) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (names.get(at) === name) {
        us += profile.timeDeltas[i + 1] ?? 0;
        return;
      }
    }
  });
  return us / 1000;
}

async function syncRenderMs(page: QuietPage, url: string): Promise<number> {
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: BLOCK_SERVICE_WORKER });
  await page.send('Profiler.enable');
  await page.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.send('Profiler.start');
  await page.send('Page.navigate', { url });
  if (!(await page.evaluate<boolean>(SETTLED))) throw new Error(`${url} did not draw in 60 s`);
  // The redraw after the text is joined on follows by a task or two.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { profile } = await page.send<{ profile: Profile }>('Profiler.stop');
  return msUnder(profile, SYNC_FLUSH);
}

const sides = await measureInTurn(args, PORT, (browser, url) =>
  browser.withPage(PAGE_OPTIONS.viewport, (page) => syncRenderMs(page, url)),
);
console.log(`React's synchronous rendering in a first load, ${args.runs} loads each (ms):`);
for (const { dist, figures } of sides) {
  console.log(
    `  median ${median(figures).toFixed(1)}  (${figures.map((f) => f.toFixed(1)).join(', ')})  ${dist}`,
  );
}
