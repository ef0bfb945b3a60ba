import { cellsOfEvent, cellTitle } from '../../data/position-cells';
import { SILENT_STANCE } from '../../data/positions';
import type { Faction } from '../../data/schemas';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { usePositions } from '../../state/use-positions';
import { AppLink } from '../../ui/app-link';

const openCell = (cell: { faction: string; question: string }) =>
  useAppStore.getState().navigate({ view: 'compare', cell });

/**
 * "Where this stands in the matrix": the compare cells this event stands behind, each a link to
 * the cell. The matrix loads when a panel first opens, never with the first view; until it is in
 * (or if it cannot be had) the section is simply absent.
 */
export function MatrixPositions({ eventId, factions }: { eventId: string; factions: readonly Faction[] }) {
  const { positions } = usePositions();
  if (!positions) return null;
  const cells = cellsOfEvent(positions, eventId);
  if (cells.length === 0) return null;
  return (
    <section className="event-panel__matrix" aria-labelledby="event-panel-matrix">
      <h3 id="event-panel-matrix" className="event-panel__subhead">
        Where this stands in the matrix
      </h3>
      <ul>
        {cells.map((cell) => {
          const ref = { faction: cell.faction, question: cell.question };
          return (
            <li key={`${cell.faction}:${cell.question}`}>
              <AppLink href={hrefFor({ view: 'compare', cell: ref })} onNavigate={() => openCell(ref)}>
                {cellTitle(positions, factions, ref)}
              </AppLink>
              <span className="event-panel__matrix-stance"> — {cell.stance ?? SILENT_STANCE}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
