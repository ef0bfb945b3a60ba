/**
 * `npm run coverage:source`: which of the source text's quotations no event links to yet,
 * and the share that are linked. Fails below the share given with --min (a percentage).
 * Then, for the compare matrix, how many of each faction's quotations its column uses and
 * which cells have no passage (the validator, not this report, fails a broken matrix).
 */
import { matrixCoverage, sourceCoverage, type FactionQuoteUse } from '../src/data/source-coverage';
import { validateDataset } from '../src/data/validate-dataset';
import { POSITIONS_FILE, validatePositions } from '../src/data/validate-positions';
import { VOICE_LABELS } from '../src/data/voice';
import { VOICES } from '../src/data/schemas';
import { readJson, readRawDataset, readSource } from './read-dataset';

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

const { positions } = validatePositions(readJson(POSITIONS_FILE), dataset);
if (positions) {
  const matrix = matrixCoverage(positions, dataset.events);
  const byVoice = (f: FactionQuoteUse) =>
    VOICES.filter((v) => f.byVoice[v].total > 0)
      .map((v) => `${VOICE_LABELS[v]} ${f.byVoice[v].used}/${f.byVoice[v].total}`)
      .join(', ');
  const width = Math.max(...matrix.factions.map((f) => f.faction.length));
  console.log(
    `\nCompare matrix (${POSITIONS_FILE}): ${matrix.cellsWithPassages} of ${matrix.cells} cells quote the text.`,
  );
  console.log("Each faction's quotations (the passages of its events) that its column uses:");
  for (const f of matrix.factions) {
    console.log(`  ${f.faction.padEnd(width)}  ${f.used} of ${f.total}  (${byVoice(f)})`);
  }
  console.log(
    `Cells without a passage (${matrix.silentCells.length}; the matrix shows "the text does not say"):`,
  );
  for (const faction of positions.factions) {
    const silent = matrix.silentCells.filter((key) => key.startsWith(`${faction}:`));
    if (silent.length > 0)
      console.log(`  ${faction}: ${silent.map((key) => key.slice(faction.length + 1)).join(', ')}`);
  }
} else {
  console.error(`${POSITIONS_FILE} does not have the matrix's shape: npm run validate names the fields.`);
}
