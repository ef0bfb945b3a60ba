import { cellTitle, findCell } from '../../data/position-cells';
import { SILENT_STANCE } from '../../data/positions';
import type { Faction } from '../../data/schemas';
import { parseCellRef } from '../../state/compare-link';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { usePositions } from '../../state/use-positions';
import { AppLink } from '../../ui/app-link';

interface StepCellProps {
  /** The step's `cell`, `<faction>:<question>`. */
  cell: string;
  factions: readonly Faction[];
  className: string;
  /** The presenter's window opens the compare view in a new tab, so the presenter view stays. */
  newTab?: boolean;
}

/**
 * "Who stood where": the compare cell a tour step features, its stance in our words and a link
 * to the factions read side by side on its question. Mounted only for a step that names a cell,
 * so the matrix loads then and never with a tour's first view; until it is in, or where the
 * matrix lacks the cell's faction or question (a teacher's file is read before it loads), the
 * box is simply absent.
 */
export function StepCell({ cell, factions, className, newTab = false }: StepCellProps) {
  const { positions } = usePositions();
  const ref = parseCellRef(cell);
  if (!positions || !ref) return null;
  if (!positions.factions.includes(ref.faction) || !positions.questions.some((q) => q.id === ref.question))
    return null;
  const stance = findCell(positions, ref)?.stance ?? SILENT_STANCE;
  const focus = { kind: 'question', id: ref.question } as const;
  const href = hrefFor({ view: 'compare', cell: ref, focus });
  const headingId = `step-cell-${cell.replace(':', '--')}`;
  return (
    <aside className={className} aria-labelledby={headingId}>
      <h3 id={headingId} className={`${className}-title`}>
        <span className={`${className}-kicker`}>Who stood where: </span>
        {cellTitle(positions, factions, ref)}
      </h3>
      <p className={`${className}-stance`}>{stance}</p>
      {newTab ? (
        <a href={href} target="_blank" rel="noopener">
          Compare the factions on this question<span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <AppLink
          href={href}
          onNavigate={() => useAppStore.getState().navigate({ view: 'compare', cell: ref, focus })}
        >
          Compare the factions on this question
        </AppLink>
      )}
    </aside>
  );
}
