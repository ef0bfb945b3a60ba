/**
 * `npm run bench:compare -- <distA> <distB> [pairs]`: the 10,000-event first load of two builds,
 * one page of each in turn, so both see the same spells of a machine whose speed drifts from
 * minute to minute (single runs of `npm run bench` can differ by more than a change's effect).
 * Build each side with `npx vite build --outDir <dist>` at the commit to compare.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRawDataset } from '../scripts/read-dataset';
import { SERVED_EVENT_FILES, splitEvents } from '../src/data/split-events';
import { rawVoiceOf } from '../src/data/voice';
import { validateDataset } from '../src/data/validate-dataset';
import { median } from './median';
import { serveStatic } from '../scripts/static-server';
import { syntheticEvents } from './synthetic-dataset';
import { PAGE_OPTIONS, timeFirstLoad } from './interactions';
import { launchQuietBrowser } from './quiet-browser';

const [distA, distB, pairsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: npm run bench:compare -- <distA> <distB> [pairs, default 10]');
  process.exit(1);
}
const pairs = Number(pairsArg ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4190);

// The synthetic events both as data/events.json and as the two files it is split into, so a
// build from before the split and one after it each find what they read.
const { dataset } = validateDataset(readRawDataset());
const events = syntheticEvents(10_000, dataset.events, dataset.factions, dataset.people);
const dir = mkdtempSync(path.join(tmpdir(), 'oppositions-compare-'));
const split = splitEvents(events, rawVoiceOf(dataset.people));
const files: Record<string, unknown> = {
  'data/events.json': events,
  [SERVED_EVENT_FILES.listing]: split.listing,
  [SERVED_EVENT_FILES.details]: split.details,
};
const overrides: Record<string, string> = {};
for (const [url, content] of Object.entries(files)) {
  const file = path.join(dir, path.basename(url));
  writeFileSync(file, JSON.stringify(content));
  overrides[`/${url}`] = file;
}

const sides = [
  { label: 'A', dist: path.resolve(distA), port: PORT },
  { label: 'B', dist: path.resolve(distB), port: PORT + 1 },
];
const servers = await Promise.all(sides.map((s) => serveStatic(s.dist, s.port, overrides)));
// Quiet pages, as the bench's first loads (quiet-browser.ts says why).
const browser = launchQuietBrowser();
const draws: Record<string, number[]> = { A: [], B: [] };
const ready: Record<string, number[]> = { A: [], B: [] };
try {
  for (let i = 0; i < pairs; i += 1) {
    for (const side of sides) {
      const load = await browser.withPage(PAGE_OPTIONS.viewport, (page) =>
        timeFirstLoad(page, `http://127.0.0.1:${side.port}/`),
      );
      draws[side.label]?.push(load.firstDraw);
      ready[side.label]?.push(load.dataReady);
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
for (const side of sides) {
  const d = median(draws[side.label] ?? []);
  const r = median(ready[side.label] ?? []);
  console.log(
    `${side.label} ${side.dist}: 10k first draw ${Math.round(d)} ms, data ready ${Math.round(r)} ms (median of ${pairs})`,
  );
}
