import { useEffect, useMemo, useState } from 'react';
import { cellKey } from '../../data/positions';
import type { MatrixExportCell } from '../../data/position-cells';
import { findCell } from '../../data/position-cells';
import type { Dataset } from '../../data/validate-dataset';
import type { CellRef, CompareFocus } from '../../state/compare-link';
import { sameCell } from '../../state/compare-link';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { usePositions } from '../../state/use-positions';
import { useMediaQuery } from '../../ui/use-media-query';
import { useAfterFirstPaint } from './use-after-first-paint';
import { CellView } from './cell-view';
import { CompareToolbar, type Presentation } from './compare-toolbar';
import { FocusView } from './focus-view';
import { MatrixGrid } from './matrix-grid';
import { MatrixTable } from './matrix-table';
import { buildModel, type MatrixModel } from './model';
import './compare.css';

/** What the view's exports write; the app gives them (features/export), so this feature does not reach into another. */
export interface MatrixExporter {
  toCsv: (cells: readonly MatrixExportCell[]) => string;
  toJson: (cells: readonly MatrixExportCell[]) => string;
}

export interface CompareViewProps {
  dataset: Dataset;
  exporter: MatrixExporter;
}

const selectChosen = (s: AppState) => s.filters.factions;
const selectCell = (s: AppState) => s.cell;
const selectFocus = (s: AppState) => s.focus;

/** Phones read one question at a time, the factions as cards: no column is squeezed or scrolled to. */
const NARROW = '(max-width: 44rem)';

/** The compare view (PRODUCT.md view 6): who stood where, factions × questions, every cell backed by the source. */
export default function CompareView({ dataset, exporter }: CompareViewProps) {
  const { positions, failure } = usePositions();
  const chosen = useAppStore(selectChosen);
  const model = useMemo(
    () => (positions ? buildModel(positions, dataset, chosen) : null),
    [positions, dataset, chosen],
  );
  if (failure) {
    return (
      <p className="load-failure" role="alert">
        The compare matrix could not be loaded: {failure}
      </p>
    );
  }
  if (!model) return <p className="source__status">Loading the compare matrix…</p>;
  return <CompareMatrix model={model} exporter={exporter} />;
}

const PRESENTATION_KEY = 'oppositions.compare-presentation';
const readPresentation = (): Presentation => {
  try {
    return localStorage.getItem(PRESENTATION_KEY) === 'table' ? 'table' : 'grid';
  } catch {
    return 'grid';
  }
};

function CompareMatrix({ model, exporter }: { model: MatrixModel; exporter: MatrixExporter }) {
  const cellRef = useAppStore(selectCell);
  const focus = useAppStore(selectFocus);
  const narrow = useMediaQuery(NARROW);
  const printable = useAfterFirstPaint();
  const [presentation, setPresentation] = useState<Presentation>(readPresentation);
  // The cell last open, so that closing it (Esc, the button, Back) brings focus back onto it.
  const [shown, setShown] = useState<CellRef | null>(cellRef);
  const [returnTo, setReturnTo] = useState<CellRef | null>(null);
  if (!sameCell(shown, cellRef)) {
    setReturnTo(cellRef === null ? shown : null);
    setShown(cellRef);
  }

  const { openCell, navigate } = useAppStore.getState();
  const focusOn = (next: CompareFocus | null) => {
    const { filters } = useAppStore.getState();
    navigate({ view: 'compare', focus: next, filters });
  };
  const choosePresentation = (p: Presentation) => {
    setPresentation(p);
    try {
      localStorage.setItem(PRESENTATION_KEY, p);
    } catch {
      // Private windows may refuse storage: the choice lasts for this visit.
    }
  };

  const cell = cellRef ? findCell(model.positions, cellRef) : undefined;
  const question = cellRef ? model.positions.questions.find((q) => q.id === cellRef.question) : undefined;
  const focusKnown =
    !focus ||
    (focus.kind === 'question'
      ? model.positions.questions.some((q) => q.id === focus.id)
      : model.positions.factions.includes(focus.id));
  // A link may name a cell or a focus the matrix does not have: say so, and show the matrix.
  useEffect(() => {
    const { notify, openCell: close, navigate: go, filters } = useAppStore.getState();
    if (cellRef && !(cell && question)) {
      notify(
        `The link names a cell "${cellKey(cellRef)}" that the compare matrix does not have; the matrix is shown.`,
      );
      close(null);
    }
    if (focus && !focusKnown) {
      notify(
        `The link focuses on a ${focus.kind} "${focus.id}" that the compare matrix does not have; the matrix is shown.`,
      );
      go({ view: 'compare', filters });
    }
  }, [cellRef, cell, question, focus, focusKnown]);
  // On a phone without a focus, the first question, one at a time.
  const firstQuestion = model.positions.questions[0]?.id ?? '';
  const shownFocus: CompareFocus | null =
    (focusKnown ? focus : null) ?? (narrow ? { kind: 'question', id: firstQuestion } : null);
  const caption = 'Who stood where: each faction’s stance on the questions the source argues over';

  let body;
  if (cellRef && cell && question) {
    body = (
      <CellView
        model={model}
        cell={cell}
        question={question}
        onBack={() => openCell(null)}
        onFocusQuestion={(id) => focusOn({ kind: 'question', id })}
      />
    );
  } else if (shownFocus) {
    body = <FocusView model={model} focus={shownFocus} />;
  } else if (presentation === 'table') {
    body = <MatrixTable model={model} caption={caption} onOpen={openCell} />;
  } else {
    body = (
      <>
        <MatrixGrid
          model={model}
          returnTo={returnTo}
          labelledBy="compare-title"
          onOpen={openCell}
          onFocusQuestion={(id) => focusOn({ kind: 'question', id })}
          onFocusFaction={(id) => focusOn({ kind: 'faction', id })}
        />
        {/* What a printed page holds: the same matrix with its passages and citations. */}
        {printable && <MatrixTable model={model} caption={caption} className="compare-print" />}
      </>
    );
  }

  return (
    <div className="compare">
      <CompareToolbar
        model={model}
        focus={shownFocus}
        open={cellRef !== null}
        narrow={narrow}
        presentation={presentation}
        onPresentation={choosePresentation}
        onFocus={focusOn}
        exporter={exporter}
      />
      {body}
    </div>
  );
}
