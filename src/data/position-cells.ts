import type { Cell, Positions } from './positions';

/** The cell a reader names, or undefined where the matrix has none. */
export const findCell = (
  positions: Positions,
  ref: { faction: string; question: string },
): Cell | undefined => positions.cells.find((c) => c.faction === ref.faction && c.question === ref.question);

/** The cells an event stands behind (its id among their events), in the matrix's row order. */
export function cellsOfEvent(positions: Positions, eventId: string): Cell[] {
  const row = new Map(positions.questions.map((q, i) => [q.id, i]));
  const column = new Map(positions.factions.map((f, i) => [f, i]));
  return positions.cells
    .filter((c) => c.events.includes(eventId))
    .sort(
      (a, b) =>
        (row.get(a.question) ?? 0) - (row.get(b.question) ?? 0) ||
        (column.get(a.faction) ?? 0) - (column.get(b.faction) ?? 0),
    );
}

/** "Workers' Opposition on one-man management": how a cell is named in titles and links. */
export function cellTitle(
  positions: Positions,
  factions: readonly { id: string; name: string }[],
  ref: { faction: string; question: string },
): string {
  const faction = factions.find((f) => f.id === ref.faction)?.name ?? ref.faction;
  const question = positions.questions.find((q) => q.id === ref.question)?.name ?? ref.question;
  return `${faction} on ${question}`;
}

/** A cell as exports write it: names beside ids, its passages with their citations and voices. */
export interface MatrixExportCell {
  faction: string;
  factionName: string;
  question: string;
  questionName: string;
  /** Null where the text does not say. */
  stance: string | null;
  passages: { event: string; quote: string; cite: string; voice: string | null }[];
}
