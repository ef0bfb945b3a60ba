/**
 * `npm run bench:blocking -- <dist> [<dist> …] [--runs n] [--frames]`: how long a first load holds
 * up input on a phone (bench/blocking.ts says how it is measured), for each build, the builds
 * loaded in turn so all meet the same spells of a machine whose speed drifts. Quicker and steadier
 * than Lighthouse's simulation, and it says where: with --frames, each build's first load lists
 * its long animation frames with the scripts that ran in them (what called each script, its
 * file, and its forced layout).
 */
import { serveStatic } from '../scripts/static-server';
import { blockingMs, loadOnPhone, longFramesAfterPaint, SLOWDOWN } from './blocking';
import { median } from './median';
import { launchQuietBrowser } from './quiet-browser';

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
        const record = await loadOnPhone(browser, url);
        figures.push(blockingMs(record));
        if (frames && run === 0) {
          console.log(`long animation frames after the first paint (${Math.round(record.fcp)} ms), ${dist}:`);
          for (const f of longFramesAfterPaint(record)) {
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
