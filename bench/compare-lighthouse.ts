/**
 * `npm run bench:compare-lighthouse -- <distA> <distB> [runs]`: single Lighthouse mobile runs of two
 * builds, one of each in turn, so both meet the same spells of a machine whose speed drifts (a
 * change's effect can be smaller than the drift between two `npm run bench` runs). Build each side
 * with `npx vite build --outDir <dist>` at the commit to compare.
 */
import { lighthouseMedian } from './lighthouse-run';
import { serveStatic } from '../scripts/static-server';

const [distA, distB, runsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: npm run bench:compare-lighthouse -- <distA> <distB> [runs, default 3]');
  process.exit(1);
}
const runs = Number(runsArg ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4186);
const sides = [
  { name: 'A', dist: distA, port: PORT },
  { name: 'B', dist: distB, port: PORT + 1 },
];
const servers = await Promise.all(sides.map((s) => serveStatic(s.dist, s.port)));
try {
  for (let i = 1; i <= runs; i += 1) {
    for (const side of sides) {
      const r = await lighthouseMedian(`http://127.0.0.1:${side.port}/`, 'mobile', 1);
      console.log(
        `${side.name} run ${i}: performance ${r.performance}, TBT ${Math.round(r.tbtMs)} ms, LCP ${Math.round(r.lcpMs)} ms, CLS ${r.cls.toFixed(3)}  (${side.dist})`,
      );
    }
  }
} finally {
  for (const server of servers) server.close();
}
