import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { SILENT_STANCE, type Cell } from '../../data/positions';
import type { CellRef } from '../../state/compare-link';
import { factionColour } from '../../ui/faction-colour';
import { moveInGrid, type GridPos } from './grid-keys';
import type { MatrixModel } from './model';
import { SHORT_VOICE_LABELS, VoiceCounts } from './voice-counts';
import { VOICES } from '../../data/schemas';
import { VOICE_GROUP_NAMES } from '../../data/voice';

export interface MatrixGridProps {
  model: MatrixModel;
  /** The cell just closed: the grid opens with focus on it, so a reader comes back where they were. */
  returnTo: CellRef | null;
  onOpen: (cell: CellRef) => void;
  onFocusQuestion: (id: string) => void;
  onFocusFaction: (id: string) => void;
  labelledBy: string;
}

function posOf(model: MatrixModel, ref: CellRef | null): GridPos {
  if (!ref) return { row: 1, col: 1 };
  const row = model.rows.findIndex((r) => r.question.id === ref.question) + 1;
  const col = model.columns.indexOf(ref.faction) + 1;
  return row > 0 && col > 0 ? { row, col } : { row: 1, col: 1 };
}

/**
 * The matrix as an ARIA grid: one Tab stop (roving tabindex), arrows, Home and End move; Enter
 * or a click opens a cell, and on a header reads that question or faction side by side.
 */
export function MatrixGrid({
  model,
  returnTo,
  onOpen,
  onFocusQuestion,
  onFocusFaction,
  labelledBy,
}: MatrixGridProps) {
  const [active, setActive] = useState<GridPos>(() => posOf(model, returnTo));
  const tableRef = useRef<HTMLTableElement>(null);
  const size = { rows: model.rows.length + 1, cols: model.columns.length + 1 };
  // Columns come and go with the filter: the roving stop stays inside the grid.
  const at: GridPos = { row: Math.min(active.row, size.rows - 1), col: Math.min(active.col, size.cols - 1) };

  const focusAt = (pos: GridPos) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.row}:${pos.col}"]`)?.focus();

  useEffect(() => {
    if (returnTo) focusAt(posOf(model, returnTo));
    // Only when the grid appears again after a cell was closed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const activate = (pos: GridPos) => {
    if (pos.row === 0) {
      const faction = model.columns[pos.col - 1];
      if (faction) onFocusFaction(faction);
    } else if (pos.col === 0) {
      const question = model.rows[pos.row - 1]?.question;
      if (question) onFocusQuestion(question.id);
    } else {
      const question = model.rows[pos.row - 1]?.question;
      const faction = model.columns[pos.col - 1];
      if (question && faction) onOpen({ faction, question: question.id });
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(at);
      return;
    }
    const next = moveInGrid(at, e.key, e.ctrlKey || e.metaKey, size);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    focusAt(next);
  };

  const stop = (pos: GridPos) => ({
    'data-pos': `${pos.row}:${pos.col}`,
    tabIndex: pos.row === at.row && pos.col === at.col ? 0 : -1,
    onClick: () => {
      setActive(pos);
      activate(pos);
    },
    onFocus: () => setActive(pos),
  });

  return (
    <>
      <p className="compare-legend" aria-hidden="true">
        Passages behind each stance, by voice:{' '}
        {VOICES.map((voice) => (
          <span key={voice} className="compare-legend__item">
            <span className={`voice-badge voice-badge--${voice}`}>{SHORT_VOICE_LABELS[voice]}</span>{' '}
            {VOICE_GROUP_NAMES[voice]}
          </span>
        ))}
      </p>
      <table
        ref={tableRef}
        role="grid"
        className="compare-grid"
        aria-labelledby={labelledBy}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th role="columnheader" scope="col" className="compare-grid__corner">
              <span className="sr-only">Question</span>
            </th>
            {model.columns.map((id, c) => {
              const faction = model.faction(id);
              return (
                <th
                  key={id}
                  role="columnheader"
                  scope="col"
                  className="compare-grid__faction"
                  style={{ '--faction': factionColour(faction) } as CSSProperties}
                  title={`Read the ${faction.name} on every question`}
                  {...stop({ row: 0, col: c + 1 })}
                >
                  {faction.name}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {model.rows.map(({ question, cells }, r) => (
            <tr key={question.id}>
              <th
                role="rowheader"
                scope="row"
                className="compare-grid__question"
                title={`Read every faction on ${question.name}`}
                {...stop({ row: r + 1, col: 0 })}
              >
                <span className="compare-grid__question-name">{question.name}</span>
                <span className="compare-grid__question-text">{question.question}</span>
              </th>
              {cells.map((cell, c) => (
                <td
                  key={model.columns[c]}
                  role="gridcell"
                  className={
                    cell?.stance ? 'compare-grid__cell' : 'compare-grid__cell compare-grid__cell--silent'
                  }
                  {...stop({ row: r + 1, col: c + 1 })}
                >
                  <CellSummary model={model} cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CellSummary({ model, cell }: { model: MatrixModel; cell: Cell | undefined }) {
  const stance = cell?.stance;
  const passages = cell ? model.passagesOf(cell) : [];
  return (
    <>
      <p className={stance ? 'compare-stance' : 'compare-stance compare-stance--silent'}>
        {stance ?? SILENT_STANCE}
      </p>
      {/* A silent cell with nothing behind it says so once. */}
      {(stance || passages.length > 0) && <VoiceCounts short passages={passages} />}
    </>
  );
}
