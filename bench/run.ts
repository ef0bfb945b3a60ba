/**
 * `npm run bench`: builds the app and prints every figure the Speed issue asks for, as a table
 * and as bench/results.json. It measures; it never fails on a figure (budgets are printed beside
 * each one so a reader sees at a glance what is met).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateDataset } from '../src/data/validate-dataset';
import { readRawDataset } from '../scripts/read-dataset';
import { engineSize, firstViewSizes, textWorkerSize } from './bundle-sizes';
import {
  measureFirstLoad,
  measureInteractions,
  measureScale,
  withBrowser,
  type FirstLoadFigures,
} from './interactions';
import { lighthouseMedian } from './lighthouse-run';
import { arithmeticMs, browserWorkMs, freshMemoryMs } from './machine-speed';
import { serveStatic } from '../scripts/static-server';
import { syntheticEvents } from './synthetic-dataset';
import { overviewBinsMs } from './overview-cost';
import { compareViewOpenMs } from './compare-view-cost';
import { medianBlockingMs } from './blocking';
import { SERVED_EVENT_FILES, splitEvents } from '../src/data/split-events';
import { rawVoiceOf } from '../src/data/voice';

// BENCH_PORT picks other ports (it and the next one) when two benches share a machine.
const PORT = Number(process.env.BENCH_PORT ?? 4180);
// A build of its own, so a test run rebuilding dist/ meanwhile cannot change what is measured.
const DIST = mkdtempSync(path.join(tmpdir(), 'oppositions-bench-dist-'));
const skipLighthouse = process.argv.includes('--no-lighthouse');

interface Row {
  figure: string;
  value: string;
  budget: string;
  met: boolean | null;
  command: string;
}
const rows: Row[] = [];
const row = (
  figure: string,
  value: number,
  unit: string,
  budget: number | null,
  command: string,
  lowerIsBetter = true,
) =>
  rows.push({
    figure,
    value: `${Number.isInteger(value) ? value : value.toFixed(unit === '' ? 3 : 1)}${unit}`,
    budget: budget === null ? '' : `${lowerIsBetter ? '≤' : '≥'} ${budget}${unit}`,
    met: budget === null ? null : lowerIsBetter ? value <= budget : value >= budget,
    command,
  });

/** The first-load rows, the same for the real dataset and the synthetic one. */
const firstLoadRows = (label: string, f: FirstLoadFigures, drawBudget: number | null, command: string) => {
  row(`${label}: first draw`, Math.round(f.firstDrawMs), ' ms', drawBudget, command);
  row(`${label}: listing ready (data:ready mark)`, Math.round(f.dataReadyMs), ' ms', null, command);
  row(
    `${label}: events' text joined on (data:details mark)`,
    Math.round(f.detailsReadyMs),
    ' ms',
    null,
    command,
  );
  row(
    `${label}: main-thread blocking before first draw`,
    Math.round(f.blockingBeforeDrawMs),
    ' ms',
    null,
    command,
  );
  row(
    `${label}: longest task before first draw`,
    Math.round(f.longestTaskBeforeDrawMs),
    ' ms',
    null,
    command,
  );
  row(
    `${label}: longest task from first draw to text joined on`,
    Math.round(f.longestTaskWhileTextLoadsMs),
    ' ms',
    null,
    command,
  );
  row(
    `${label}: pointer over the timeline until the engine has taken over`,
    Math.round(f.takeOverMs),
    ' ms',
    null,
    command,
  );
  row(
    `${label}: longest task while the engine takes over`,
    Math.round(f.longestTaskInTakeOverMs),
    ' ms',
    null,
    command,
  );
};

/** How first loads are timed: not in Playwright's pages (bench/quiet-browser.ts says why). */
const QUIET =
  'performance marks in a Chromium page driven without DevTools network recording (bench/quiet-browser.ts)';

// First, before a build loads the machine.
const machineCommand = 'fixed work, median of 5 (bench/machine-speed.ts)';
row('machine: arithmetic in Node, 5·10⁷ steps', Math.round(arithmeticMs()), ' ms', null, machineCommand);
row(
  'machine: 256 MB of fresh memory written once, in Node',
  Math.round(freshMemoryMs()),
  ' ms',
  null,
  machineCommand,
);
row(
  'machine: JSON and layout on a blank page in Chromium',
  Math.round(await withBrowser((browser) => browserWorkMs(browser))),
  ' ms',
  null,
  machineCommand,
);

console.log('building…');
// With a manifest, which tells what the first view loads and what waits (bench/bundle-sizes.ts).
execSync(`npx vite build --outDir ${DIST} --emptyOutDir --manifest`, { stdio: 'ignore' });

const sizes = firstViewSizes(DIST);
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sizeCommand =
  "gzip (level 6, as web servers send it) of each file the first view loads, from the build's manifest (bench/bundle-sizes.ts)";
for (const part of ['react', 'timeline engine', 'app', 'styles', 'data'] as const) {
  const total = sizes.filter((s) => s.part === part).reduce((n, s) => n + s.gzipBytes, 0);
  if (total > 0) row(`first view: ${part} (gzip)`, kb(total), ' KB', null, sizeCommand);
}
const js = sizes.filter((s) => s.file.endsWith('.js')).reduce((n, s) => n + s.gzipBytes, 0);
row('first view: all JavaScript (gzip)', kb(js), ' KB', 200, sizeCommand);
row(
  'after the first view, fetched when idle, run when the reader reaches for the timeline: the engine (gzip)',
  kb(engineSize(DIST)),
  ' KB',
  null,
  'gzip (level 6) of the chunks the manifest lists for src/timeline/engine/engine.ts (bench/bundle-sizes.ts)',
);
row(
  "after the first view: the events' text check worker (gzip)",
  kb(textWorkerSize(DIST)),
  ' KB',
  null,
  'gzip (level 6) of dist/assets/check.worker-*.js (bench/bundle-sizes.ts)',
);

const server = await serveStatic(DIST, PORT);
const url = `http://127.0.0.1:${PORT}/`;
// The same build on further ports, each serving synthetic events in place of data/events.json,
// split into the two files the app reads as the build splits the real one: 10,000 for the
// budgets, 1,000 and 50,000 beside it for the curve of cost against the dataset's size.
const { dataset } = validateDataset(readRawDataset());
const SCALE_SIZES = [1_000, 10_000, 50_000] as const;
async function serveSynthetic(events: ReturnType<typeof syntheticEvents>, port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'oppositions-bench-'));
  const split = splitEvents(events, rawVoiceOf(dataset.people));
  const overrides: Record<string, string> = {};
  for (const [part, file] of Object.entries(SERVED_EVENT_FILES)) {
    const written = path.join(dir, path.basename(file));
    writeFileSync(written, JSON.stringify(split[part as keyof typeof split]));
    overrides[`/${file}`] = written;
  }
  return serveStatic(DIST, port, overrides);
}
const syntheticBySize = new Map(
  SCALE_SIZES.map((size) => [size, syntheticEvents(size, dataset.events, dataset.factions, dataset.people)]),
);
const synthetic = syntheticBySize.get(10_000) ?? [];
row(
  '10k events: overview strip density bins (Node)',
  Math.round(overviewBinsMs({ ...dataset, events: synthetic }) * 100) / 100,
  ' ms',
  null,
  'measureOverviewBins on 10,000 synthetic events, median of 21 (bench/overview-cost.ts)',
);
const syntheticServers = await Promise.all(
  SCALE_SIZES.map((size, i) => serveSynthetic(syntheticBySize.get(size) ?? [], PORT + 1 + i)),
);
const syntheticUrl = (size: (typeof SCALE_SIZES)[number]) =>
  `http://127.0.0.1:${PORT + 1 + SCALE_SIZES.indexOf(size)}/`;
try {
  console.log('blocking time of first loads on a slowed phone ×9…');
  row(
    "real dataset: a first load's blocking time on a phone-sized page, CPU 4× slower",
    Math.round(await medianBlockingMs(url, 9)),
    ' ms',
    null,
    "long tasks after the first contentful paint, each one's part over 50 ms, until the text is joined on; median of 9 (bench/blocking.ts)",
  );
  if (!skipLighthouse) {
    for (const preset of ['mobile', 'desktop'] as const) {
      console.log(`lighthouse ${preset} ×3…`);
      const lh = await lighthouseMedian(url, preset, 3);
      const cmd = `lighthouse 12.2.3, ${preset} preset, median of 3 (bench/lighthouse-run.ts)`;
      const strict = preset === 'mobile';
      row(`lighthouse ${preset}: performance`, lh.performance, '', strict ? 98 : null, cmd, false);
      row(`lighthouse ${preset}: accessibility`, lh.accessibility, '', strict ? 100 : null, cmd, false);
      row(`lighthouse ${preset}: best practices`, lh.bestPractices, '', strict ? 100 : null, cmd, false);
      row(`lighthouse ${preset}: FCP`, Math.round(lh.fcpMs), ' ms', null, cmd);
      row(`lighthouse ${preset}: LCP`, Math.round(lh.lcpMs), ' ms', null, cmd);
      row(`lighthouse ${preset}: TBT`, Math.round(lh.tbtMs), ' ms', null, cmd);
      row(`lighthouse ${preset}: CLS`, lh.cls, '', strict ? 0.02 : null, cmd);
    }
  }

  console.log('real dataset in Chromium ×5…');
  firstLoadRows(
    'real data',
    await measureFirstLoad(url, 5),
    null,
    `${QUIET}, the real dataset, median of 5 (bench/interactions.ts)`,
  );

  console.log('compare view in Chromium ×5…');
  row(
    'real data: open the compare view after its chunk and the matrix arrived',
    Math.round(await compareViewOpenMs(url, 5)),
    ' ms',
    100,
    'Playwright, click on "Compare" to the frame after the grid, the real dataset, median of 5 (bench/compare-view-cost.ts)',
  );

  console.log('10,000 events in Chromium ×5…');
  const figures = await measureInteractions(syntheticUrl(10_000), 5);
  const cmd = 'Playwright + performance marks, 10,000 synthetic events, median of 5 (bench/interactions.ts)';
  firstLoadRows(
    '10k events',
    figures,
    700,
    `${QUIET}, 10,000 synthetic events, median of 5 (bench/interactions.ts)`,
  );
  row('10k events: faction filter change', Math.round(figures.filterChangeMs), ' ms', 100, cmd);
  row(
    '10k events: search keystroke (count shown)',
    Math.round(figures.searchKeystrokeMs * 10) / 10,
    ' ms',
    16,
    cmd,
  );
  row(
    '10k events: search keystroke (timeline redrawn)',
    Math.round(figures.searchKeystrokeTimelineMs),
    ' ms',
    null,
    cmd,
  );
  row('10k events: keyboard step', Math.round(figures.keyboardStepMs * 10) / 10, ' ms', 50, cmd);

  // The curve: the 10,000 figures again beside 1,000 and 50,000, measured alike (median of 3).
  const scaleLoadCmd = `${QUIET}, synthetic events at each size, median of 3 (bench/interactions.ts measureScale)`;
  const scaleCmd =
    'Playwright + performance marks, synthetic events at each size, median of 3 (bench/interactions.ts measureScale)';
  for (const size of SCALE_SIZES) {
    console.log(`${size.toLocaleString('en')} events in Chromium ×3…`);
    const scale = await measureScale(syntheticUrl(size), 3);
    const label = `scale, ${size.toLocaleString('en')} events`;
    row(`${label}: listing ready`, Math.round(scale.dataReadyMs), ' ms', null, scaleLoadCmd);
    row(`${label}: first draw`, Math.round(scale.firstDrawMs), ' ms', null, scaleLoadCmd);
    row(`${label}: faction filter change`, Math.round(scale.filterChangeMs), ' ms', null, scaleCmd);
  }
} finally {
  server.close();
  for (const s of syntheticServers) s.close();
}

const width = (key: keyof Row) => Math.max(...rows.map((r) => String(r[key]).length), key.length);
const line = (r: Record<keyof Row, string>) =>
  `| ${r.figure.padEnd(width('figure'))} | ${r.value.padStart(width('value'))} | ${r.budget.padEnd(width('budget'))} | ${r.met.padEnd(4)} |`;
console.log(line({ figure: 'figure', value: 'value', budget: 'budget', met: 'met', command: '' }));
for (const r of rows) {
  console.log(line({ ...r, met: r.met === null ? '' : r.met ? 'yes' : 'NO', command: r.command }));
}
console.log('\nhow each figure is measured:');
for (const command of new Set(rows.map((r) => r.command))) console.log(`  - ${command}`);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
console.log('\nwritten to bench/results.json');
