/**
 * `npm run coverage:source`: which of the source text's quotations no event links to yet,
 * and the share that are linked. Fails below the share given with --min (a percentage).
 */
import { sourceCoverage } from '../src/data/source-coverage';
import { validateDataset } from '../src/data/validate-dataset';
import { readRawDataset, readSource } from './read-dataset';

const minArg = process.argv.indexOf('--min');
const minimum = minArg === -1 ? 0 : Number(process.argv[minArg + 1]);

const source = readSource();
const { dataset } = validateDataset(readRawDataset());
const report = sourceCoverage(source, dataset.events);

const shorten = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
if (report.unlinked.length > 0) {
  console.log('Quotations of the source that no event links to yet:');
  for (const q of report.unlinked) {
    console.log(`  ¶${q.paragraph} [${q.citation}]  "${shorten(q.quoted.join(' … '))}"`);
  }
}
const percent = Math.round(report.share * 1000) / 10;
console.log(`${report.linked.length} of ${report.total} source quotations linked (${percent}%)`);
if (percent < minimum) {
  console.error(`coverage ${percent}% is below the required ${minimum}%`);
  process.exitCode = 1;
}
