import { useId } from 'react';
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
  const { open, toggle, containerRef, buttonRef, onKeyDown, onBlur } = usePopup();
  const panelId = useId();
  return (
    <div ref={containerRef} className="compare-toolbar__factions" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="text-button disclosure-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        Factions shown: {model.columns.length} of {model.positions.factions.length}
        <span className="disclosure-button__caret" aria-hidden="true" />
      </button>
      <fieldset id={panelId} hidden={!open}>
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
