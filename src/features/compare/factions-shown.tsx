import { usePopup } from '../../ui/use-popup';
import type { MatrixModel } from './model';

export interface FactionsShownProps {
  model: MatrixModel;
  chosen: readonly string[];
  onToggle: (faction: string) => void;
}

/**
 * "Factions shown: 3 of 8": a button like the other views' Filters, opening the factions' boxes
 * over the matrix; they go away with Esc, a click outside or focus leaving them, as the
 * Export menu's do, so they never stay over the cells being read.
 */
export function FactionsShown({ model, chosen, onToggle }: FactionsShownProps) {
  const { open, popupId, containerProps, buttonProps } = usePopup();
  return (
    <div {...containerProps} className="compare-toolbar__factions">
      <button {...buttonProps} type="button" className="text-button disclosure-button">
        Factions shown: {model.columns.length} of {model.positions.factions.length}
        <span className="disclosure-button__caret" aria-hidden="true" />
      </button>
      <fieldset id={popupId} hidden={!open}>
        <legend className="sr-only">Factions to compare</legend>
        {model.positions.factions.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={chosen.includes(f)} onChange={() => onToggle(f)} />{' '}
            {model.faction(f).name}
          </label>
        ))}
        <p className="compare-toolbar__hint">None ticked: every faction.</p>
      </fieldset>
    </div>
  );
}
