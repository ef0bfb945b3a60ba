/**
 * A quick speed check, not a test (timings on shared CI machines are too noisy to assert):
<<<<<<<< HEAD:src/lib/search/measure-search.ts
 *   npx tsx src/lib/search/measure-search.ts
========
 *   npx tsx bench/measure-search.ts
>>>>>>>> i20-toolchain:bench/measure-search.ts
 * It prints the build time and the mean time per search on the real data and on 10,000
 * synthetic events made from them, each copy with its own id and a few words of its own so the
 * vocabulary grows as a larger dataset's would.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { HistoricalEvent } from '../src/data/schemas';
import { validateDataset } from '../src/data/validate-dataset';
import { createSearchIndex, type EventSearch } from '../src/lib/search/search-index';

const QUERIES = [
  'Kronstadt',
  'Kronstat',
  'Myasnikov',
  'Shliapnikov',
  'Osinskii',
  'Kommun',
  'Trotsky party dictatorship',
  "Workers' Opposition",
  'L',
  'Lenin',
];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const { dataset } = validateDataset({
  events: readJson('data/events.json'),
  factions: readJson('data/factions.json'),
  people: readJson('data/people.json'),
});

const SYLLABLES = ['ka', 'ro', 'mi', 'sta', 'vo', 'len', 'pre', 'dum', 'zi', 'nov'];
function syntheticWord(n: number): string {
  let word = '';
  for (let k = n; word.length < 8; k = Math.floor(k / SYLLABLES.length) + 7) {
    word += SYLLABLES[k % SYLLABLES.length] ?? '';
  }
  return word;
}

function synthetic(count: number): HistoricalEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const base = dataset.events[i % dataset.events.length];
    if (base === undefined) throw new Error('The real dataset is empty.');
    return {
      ...base,
      id: `${base.id}-${i}`,
      summary: `${base.summary} ${syntheticWord(i)} ${syntheticWord(i * 31 + 5)}`,
    };
  });
}

function measure(label: string, events: readonly HistoricalEvent[]): void {
  const built = performance.now();
  const index: EventSearch = createSearchIndex(events, dataset.factions, dataset.people);
  const buildMs = performance.now() - built;

  const rounds = events.length > 1000 ? 20 : 500;
  for (const query of QUERIES) index.search(query); // warm up the JIT
  const lines: string[] = [];
  let total = 0;
  for (const query of QUERIES) {
    const start = performance.now();
    let hits = 0;
    for (let r = 0; r < rounds; r += 1) hits = index.search(query).ids.size;
    const ms = (performance.now() - start) / rounds;
    total += ms;
    lines.push(`  ${query.padEnd(28)} ${ms.toFixed(3)} ms  (${hits} hits)`);
  }
  console.log(`${label}: ${events.length} events, built in ${buildMs.toFixed(1)} ms`);
  console.log(lines.join('\n'));
  console.log(`  mean over the queries: ${(total / QUERIES.length).toFixed(3)} ms\n`);
}

measure('real data', dataset.events);
measure('synthetic', synthetic(10_000));
