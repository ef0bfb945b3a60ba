import type { CSSProperties } from 'react';

export interface Chip {
  id: string;
  label: string;
  /** Faction colour; chips without one are drawn neutral. */
  colour?: string;
  count: number;
}

export interface FilterChipsProps {
  legend: string;
  chips: readonly Chip[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}

/** A group of toggle buttons: pressed state is announced, and marked with a tick, not only colour. */
export function FilterChips({ legend, chips, selected, onToggle }: FilterChipsProps) {
  return (
    <fieldset className="chips">
      <legend className="chips__legend">{legend}</legend>
      <ul className="chips__list">
        {chips.map((chip) => {
          const pressed = selected.includes(chip.id);
          return (
            <li key={chip.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={pressed}
                style={chip.colour ? ({ '--faction': chip.colour } as CSSProperties) : undefined}
                onClick={() => onToggle(chip.id)}
              >
                <span className="chip__mark" aria-hidden="true">
                  {pressed ? '✓' : ''}
                </span>
                {chip.label}
                <span className="chip__count">
                  <span className="sr-only">, </span>
                  {chip.count}
                  <span className="sr-only"> events</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
