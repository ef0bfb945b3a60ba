import type { CSSProperties } from 'react';
import { SILENT_STANCE, type Cell } from '../../data/positions';
import { findCell } from '../../data/position-cells';
import type { CompareFocus } from '../../state/compare-link';
import { factionColour } from '../../ui/faction-colour';
import type { MatrixModel } from './model';
import { PassageCards } from './passage-cards';
import { VoiceCounts } from './voice-counts';

/** A cell read in full: its heading, the stance, the counts by voice and the passages. */
function FullCell({ model, cell, heading }: { model: MatrixModel; cell: Cell | undefined; heading: string }) {
  const passages = cell ? model.passagesOf(cell) : [];
  return (
    <>
      <h3 className="compare-focus__heading">{heading}</h3>
      <p className={cell?.stance ? 'compare-cell__stance' : 'compare-cell__stance compare-stance--silent'}>
        {cell?.stance ?? SILENT_STANCE}
      </p>
      <VoiceCounts passages={passages} />
      <PassageCards passages={passages} label={`Passages: ${heading}`} />
    </>
  );
}

/**
 * One question across the factions shown, in columns side by side (cards, one under another, on a
 * phone); or one faction across every question.
 */
export function FocusView({ model, focus }: { model: MatrixModel; focus: CompareFocus }) {
  if (focus.kind === 'question') {
    const row = model.rows.find((r) => r.question.id === focus.id);
    if (!row) return null;
    return (
      <section className="compare-focus" aria-labelledby="compare-focus-title">
        <h2 id="compare-focus-title">{row.question.name}</h2>
        <p className="compare-cell__question">{row.question.question}</p>
        <ul className="compare-focus__columns" style={{ '--columns': model.columns.length } as CSSProperties}>
          {model.columns.map((id, c) => {
            const faction = model.faction(id);
            return (
              <li
                key={id}
                className="compare-focus__column"
                style={{ '--faction': factionColour(faction) } as CSSProperties}
              >
                <FullCell model={model} cell={row.cells[c]} heading={faction.name} />
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
  const column = model.positions.factions.indexOf(focus.id);
  if (column < 0) return null;
  const faction = model.faction(focus.id);
  return (
    <section
      className="compare-focus"
      aria-labelledby="compare-focus-title"
      style={{ '--faction': factionColour(faction) } as CSSProperties}
    >
      <h2 id="compare-focus-title">{faction.name} on every question</h2>
      <ul className="compare-focus__rows">
        {model.rows.map(({ question }) => (
          <li key={question.id} className="compare-focus__row">
            <FullCell
              model={model}
              cell={findCell(model.positions, { faction: focus.id, question: question.id })}
              heading={question.name}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
