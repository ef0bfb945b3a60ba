import { useId } from 'react';
import { downloadText } from '../../lib/download';
import type { CompareFocus } from '../../state/compare-link';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import type { MatrixExporter } from './compare-view';
import { FactionsShown } from './factions-shown';
import { exportCells, type MatrixModel } from './model';

export type Presentation = 'grid' | 'table';

export interface CompareToolbarProps {
  model: MatrixModel;
  focus: CompareFocus | null;
  /** A cell is open: the controls for the whole matrix stand back. */
  open: boolean;
  narrow: boolean;
  presentation: Presentation;
  onPresentation: (p: Presentation) => void;
  onFocus: (focus: CompareFocus | null) => void;
  exporter: MatrixExporter;
}

const selectChosen = (s: AppState) => s.filters.factions;
const FILE = 'oppositions-1907-1937-positions';

/** The view's heading and its controls: which factions, what to read side by side, grid or table, export. */
export function CompareToolbar(props: CompareToolbarProps) {
  const { model, focus, open, narrow, presentation, onPresentation, onFocus, exporter } = props;
  const id = useId();
  const chosen = useAppStore(selectChosen);
  const { toggleFilter } = useAppStore.getState();
  const focusValue = focus ? `${focus.kind}:${focus.id}` : '';
  const download = (kind: 'csv' | 'json') => {
    const cells = exportCells(model);
    if (kind === 'csv') downloadText(`${FILE}.csv`, exporter.toCsv(cells), 'text/csv');
    else downloadText(`${FILE}.json`, exporter.toJson(cells), 'application/json');
  };

  return (
    <div className="compare-toolbar">
      <div className="compare-toolbar__intro">
        <h2 id="compare-title">Who stood where</h2>
        <p className="compare-toolbar__lede">
          Each faction’s stance in our words, and the passages of the source behind it, by voice.
        </p>
      </div>
      {!open && (
        <div className="compare-toolbar__controls">
          <label className="compare-toolbar__field">
            <span>{narrow ? 'Question' : 'Read side by side'}</span>
            <select
              value={focusValue}
              onChange={(e) => {
                const [kind, value] = e.target.value.split(':');
                onFocus(kind === 'question' || kind === 'faction' ? { kind, id: value ?? '' } : null);
              }}
            >
              {!narrow && <option value="">The whole matrix</option>}
              <optgroup label="One question, the factions side by side">
                {model.positions.questions.map((q) => (
                  <option key={q.id} value={`question:${q.id}`}>
                    {q.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="One faction, every question">
                {model.positions.factions.map((f) => (
                  <option key={f} value={`faction:${f}`}>
                    {model.faction(f).name}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <FactionsShown model={model} chosen={chosen} onToggle={(f) => toggleFilter('factions', f)} />
          {!narrow && focus === null && (
            <fieldset className="compare-toolbar__presentation">
              <legend>Show as</legend>
              {(['grid', 'table'] as const).map((p) => (
                <label key={p}>
                  <input
                    type="radio"
                    name={`${id}-presentation`}
                    checked={presentation === p}
                    onChange={() => onPresentation(p)}
                  />{' '}
                  {p === 'grid' ? 'Grid (arrow keys)' : 'Table with the passages'}
                </label>
              ))}
            </fieldset>
          )}
          <div className="compare-toolbar__export" role="group" aria-label="Download the matrix">
            <button type="button" className="text-button" onClick={() => download('csv')}>
              Download CSV
            </button>
            <button type="button" className="text-button" onClick={() => download('json')}>
              Download JSON
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
