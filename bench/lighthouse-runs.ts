/**
 * `npm run bench:lighthouse -- [runs] [mobile|desktop]`: single Lighthouse runs of a fresh build,
 * one line each, then the range: how far one run can stray from the next on this machine, which
 * the bench's median of 3 hides.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lighthouseMedian } from './lighthouse-run';
import { serveStatic } from '../scripts/static-server';

const runs = Number(process.argv[2] ?? 5);
const preset = process.argv[3] === 'desktop' ? 'desktop' : 'mobile';
const PORT = Number(process.env.BENCH_PORT ?? 4185);
const dist = mkdtempSync(path.join(tmpdir(), 'oppositions-lighthouse-'));
execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: 'ignore' });
const server = await serveStatic(dist, PORT);
const scores: number[] = [];
const tbts: number[] = [];
try {
  for (let i = 1; i <= runs; i += 1) {
    // One run each: the median of one is that run.
    const r = await lighthouseMedian(`http://127.0.0.1:${PORT}/`, preset, 1);
    scores.push(r.performance);
    tbts.push(r.tbtMs);
    console.log(
      `run ${i}: performance ${r.performance}, FCP ${Math.round(r.fcpMs)} ms, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls}`,
    );
  }
} finally {
  server.close();
}
console.log(
  `${runs} ${preset} runs: performance ${Math.min(...scores)}–${Math.max(...scores)}, TBT ${Math.round(Math.min(...tbts))}–${Math.round(Math.max(...tbts))} ms`,
);
