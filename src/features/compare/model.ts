import type { Dataset } from '../../data/validate-dataset';
import type { Cell, Positions, Question } from '../../data/positions';
import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import type { MatrixExportCell } from '../../data/position-cells';
import { matrixColumns, matrixRows, resolvePassages, type ResolvedPassage } from './matrix';

/** Everything the compare view draws from, looked up once per matrix, dataset and filter. */
export interface MatrixModel {
  positions: Positions;
  /** Faction ids, the matrix's columns. */
  columns: string[];
  rows: { question: Question; cells: (Cell | undefined)[] }[];
  faction: (id: string) => Pick<Faction, 'id' | 'name' | 'colour' | 'colourDark'>;
  /** The passages behind a cell, resolved once and kept. */
  passagesOf: (cell: Cell) => ResolvedPassage[];
}

export function buildModel(positions: Positions, dataset: Dataset, chosen: readonly string[]): MatrixModel {
  const eventsById = new Map<string, HistoricalEvent>(dataset.events.map((e) => [e.id, e]));
  const peopleById = new Map<string, Person>(dataset.people.map((p) => [p.id, p]));
  const factionsById = new Map(dataset.factions.map((f) => [f.id, f]));
  const columns = matrixColumns(positions, chosen);
  const resolved = new Map<Cell, ResolvedPassage[]>();
  return {
    positions,
    columns,
    rows: matrixRows(positions, columns),
    faction: (id) => factionsById.get(id) ?? { id, name: id, colour: '#555555', colourDark: '#bababa' },
    passagesOf: (cell) => {
      let list = resolved.get(cell);
      if (!list) {
        list = resolvePassages(cell, eventsById, peopleById);
        resolved.set(cell, list);
      }
      return list;
    },
  };
}

/** Every cell of the matrix (all its factions, not only the columns shown), as exports write them. */
export function exportCells(model: MatrixModel): MatrixExportCell[] {
  const { positions } = model;
  return matrixRows(positions, positions.factions).flatMap(({ question, cells }) =>
    cells.flatMap((cell) =>
      cell
        ? [
            {
              faction: cell.faction,
              factionName: model.faction(cell.faction).name,
              question: question.id,
              questionName: question.name,
              stance: cell.stance ?? null,
              passages: model.passagesOf(cell).map((p) => ({
                event: p.event.id,
                quote: p.quote,
                cite: p.passage.cite,
                voice: p.voice,
              })),
            },
          ]
        : [],
    ),
  );
}
