import type { MatrixExportCell } from '../../data/position-cells';
import { VOICE_LABELS } from '../../data/voice';
import type { Voice } from '../../data/schemas';
import { csvTable } from './to-csv';

export const MATRIX_CSV_COLUMNS = ['faction', 'question', 'stance', 'passages'] as const;
type MatrixColumn = (typeof MATRIX_CSV_COLUMNS)[number];

/** Between passages in one cell: a blank line, as the events' CSV separates its quotations. */
const PASSAGE_SEPARATOR = '\n\n';
const NOTHING_TRUSTED: ReadonlySet<MatrixColumn> = new Set();

const voiceLabel = (voice: string | null) =>
  voice !== null && Object.hasOwn(VOICE_LABELS, voice) ? VOICE_LABELS[voice as Voice] : null;

/** “…the words…” — citation (voice): one passage as a cell of the CSV holds it. */
function passageText(p: MatrixExportCell['passages'][number]): string {
  const voice = voiceLabel(p.voice);
  return `“${p.quote}” — ${p.cite}${voice ? ` (${voice})` : ''}`;
}

/**
 * The compare matrix as CSV (with the BOM the other CSV exports carry), one row per cell:
 * faction, question, the stance in the project's words (empty where the text does not say), and
 * the passages behind it joined with their citations.
 */
export function matrixToCsv(cells: readonly MatrixExportCell[], silent: string): string {
  return csvTable(
    MATRIX_CSV_COLUMNS,
    cells.map((c) => ({
      faction: c.factionName,
      question: c.questionName,
      stance: c.stance ?? silent,
      passages: c.passages.map(passageText).join(PASSAGE_SEPARATOR),
    })),
    NOTHING_TRUSTED,
  );
}

/** The matrix as JSON: the same cells, ids and names both, passages as records. */
export function matrixToJson(cells: readonly MatrixExportCell[]): string {
  return `${JSON.stringify({ cells }, null, 2)}\n`;
}
