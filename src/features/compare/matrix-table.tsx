import { SILENT_STANCE } from '../../data/positions';
import { VOICE_LABELS } from '../../data/voice';
import type { CellRef } from '../../state/compare-link';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import type { MatrixModel } from './model';

export interface MatrixTableProps {
  model: MatrixModel;
  caption: string;
  /** Each cell's link to open it, on screen; none on paper. */
  onOpen?: (cell: CellRef) => void;
  className?: string;
}

/**
 * The matrix as a plain table: every stance with the passages behind it, verbatim, each with its
 * voice and citation. What a printed page holds, and the presentation a screen-reader user may
 * prefer to the grid: read with the table commands every screen reader has, no application mode.
 */
const selectFilters = (s: AppState) => s.filters;

export function MatrixTable({ model, caption, onOpen, className }: MatrixTableProps) {
  // A cell opened in a new tab keeps the factions chosen, as one opened here does.
  const filters = useAppStore(selectFilters);
  return (
    <table className={`compare-table${className ? ` ${className}` : ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {model.columns.map((id) => (
            <th key={id} scope="col">
              {model.faction(id).name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map(({ question, cells }) => (
          <tr key={question.id}>
            <th scope="row">
              <div className="compare-table__row-head">
                {question.name}
                <span className="compare-table__question">{question.question}</span>
              </div>
            </th>
            {cells.map((cell, c) => {
              const faction = model.columns[c] ?? '';
              const passages = cell ? model.passagesOf(cell) : [];
              return (
                <td key={faction}>
                  <p className={cell?.stance ? 'compare-stance' : 'compare-stance compare-stance--silent'}>
                    {cell?.stance ?? SILENT_STANCE}
                  </p>
                  {passages.length > 0 && (
                    <ol className="compare-table__passages">
                      {passages.map((p) => (
                        <li key={`${p.event.id}-${p.n}-${p.quote.slice(0, 24)}`}>
                          {p.voice && <span className="compare-table__voice">{VOICE_LABELS[p.voice]}: </span>}
                          {p.speaker && <span className="compare-table__speaker">{p.speaker}: </span>}
                          <q>{p.quote}</q> <cite>{p.passage.cite}</cite>
                        </li>
                      ))}
                    </ol>
                  )}
                  {onOpen && (
                    <AppLink
                      className="compare-table__open"
                      href={hrefFor({ view: 'compare', cell: { faction, question: question.id }, filters })}
                      onNavigate={() => onOpen({ faction, question: question.id })}
                    >
                      Open
                      {/* Heard as "Open Left Communists on One-man management". */}
                      <span className="sr-only">
                        {' '}
                        {model.faction(faction).name} on {question.name}
                      </span>
                    </AppLink>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
