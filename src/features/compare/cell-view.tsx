import { useEffect, useRef, type CSSProperties } from 'react';
import { SILENT_STANCE, type Cell, type Question } from '../../data/positions';
import { factionColour } from '../../ui/faction-colour';
import { usePageKeydown } from '../../ui/use-page-keydown';
import type { MatrixModel } from './model';
import { PassageCards } from './passage-cards';
import { VoiceCounts } from './voice-counts';

export interface CellViewProps {
  model: MatrixModel;
  cell: Cell;
  question: Question;
  onBack: () => void;
  onFocusQuestion: (id: string) => void;
}

/**
 * One open cell: the question, the faction's stance in our words, and the passages behind it side
 * by side. Esc, or the button, goes back to the matrix, focus on the same cell.
 */
export function CellView({ model, cell, question, onBack, onFocusQuestion }: CellViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const faction = model.faction(cell.faction);
  const passages = model.passagesOf(cell);
  useEffect(() => {
    headingRef.current?.focus();
  }, [cell]);
  usePageKeydown((e) => {
    if (e.key === 'Escape') onBack();
  });

  return (
    <article
      className="compare-cell"
      aria-labelledby="compare-cell-title"
      style={{ '--faction': factionColour(faction) } as CSSProperties}
    >
      <p className="compare-cell__back">
        <button type="button" className="text-button" onClick={onBack} title="Back to the matrix (Esc)">
          <span aria-hidden="true" className="compare-cell__arrow">
            ←
          </span>
          Back to the matrix
        </button>
      </p>
      <h2 id="compare-cell-title" ref={headingRef} tabIndex={-1}>
        {faction.name} <span className="compare-cell__on">on</span> {question.name}
      </h2>
      <p className="compare-cell__question">{question.question}</p>
      <p className={cell.stance ? 'compare-cell__stance' : 'compare-cell__stance compare-stance--silent'}>
        {cell.stance ?? SILENT_STANCE}
      </p>
      <VoiceCounts passages={passages} />
      <PassageCards passages={passages} label={`Passages behind ${faction.name} on ${question.name}`} />
      <p>
        <button type="button" className="text-button" onClick={() => onFocusQuestion(question.id)}>
          Read every faction on {question.name}
        </button>
      </p>
    </article>
  );
}
