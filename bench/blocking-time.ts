/**
 * `npm run bench:blocking -- <dist> [<dist> …] [--runs n] [--frames]`: how long a first load holds
 * up input on a phone (bench/blocking.ts says how it is measured), for each build, the builds
 * loaded in turn so all meet the same spells of a machine whose speed drifts. Quicker and steadier
 * than Lighthouse's simulation, and it says where: with --frames, each build's first load lists
 * its long animation frames with the scripts that ran in them (what called each script, its
 * file, and its forced layout).
 */
import { blockingMs, loadOnPhone, longFramesAfterPaint, SLOWDOWN } from './blocking';
import { measureInTurn, parseBuildArgs } from './builds-in-turn';
import { median } from './median';

const args = parseBuildArgs(process.argv.slice(2), 9);
if (!args) {
  console.error('usage: npm run bench:blocking -- <dist> [<dist> …] [--runs n, default 9] [--frames]');
  process.exit(1);
}
const PORT = Number(process.env.BENCH_PORT ?? 4176);

const sides = await measureInTurn(args, PORT, async (browser, url, dist, run) => {
  const record = await loadOnPhone(browser, url);
  if (args.flags.has('--frames') && run === 0) {
    console.log(`long animation frames after the first paint (${Math.round(record.fcp)} ms), ${dist}:`);
    for (const f of longFramesAfterPaint(record)) {
      console.log(`  at ${Math.round(f.start)} ms, ${Math.round(f.duration)} ms`);
      for (const s of f.scripts) console.log(`      ${s}`);
    }
  }
  return blockingMs(record);
});
console.log(`blocking time of a first load, phone, CPU ${SLOWDOWN}× slower, ${args.runs} loads each (ms):`);
for (const { dist, figures } of sides) {
  const list = figures.map(Math.round);
  console.log(`  median ${Math.round(median(list))}  (${list.join(', ')})  ${dist}`);
}
