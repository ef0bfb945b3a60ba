import type { CSSProperties } from 'react';
import type { Chip } from './chip-counts';
import './filter-chips.css';

export interface FilterChipsProps {
  legend: string;
  chips: readonly Chip[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}

function chipStyle(chip: Chip): CSSProperties | undefined {
  if (!chip.colours) return undefined;
  return { '--faction': chip.colours.fill } as CSSProperties;
}

/**
 * The chip's name for a screen reader, given whole: text spans that are visually hidden would be
 * joined with stray spaces. It holds every word the eye reads on the chip, so voice control finds it.
 */
function chipName(chip: Chip): string {
  const events = chip.total === 1 ? 'event' : 'events';
  if (chip.shown === null) return `${chip.label}, ${chip.total} ${events}`;
  return `${chip.label}, ${chip.shown} of ${chip.total} ${events} shown`;
}

/**
 * A group of toggle buttons: the pressed state is announced, and marked with a tick, not only
 * colour. A chip none of the shown events carry stays pressable (choices within one filter add up,
 * so pressing it can widen what is shown), but is muted so the eye passes over it.
 */
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
                className={chip.shown === 0 ? 'chip chip--none-shown' : 'chip'}
                aria-pressed={pressed}
                aria-label={chipName(chip)}
                style={chipStyle(chip)}
                onClick={() => onToggle(chip.id)}
              >
                <span className="chip__mark" aria-hidden="true">
                  {pressed ? '✓' : ''}
                </span>
                {chip.label}{' '}
                {/* "12 of 15": of the events shown, 12 carry it, of its 15 in all; the words the name says. */}
                <span className="chip__count">
                  <span>{chip.shown === null ? chip.total : `${chip.shown} of ${chip.total}`}</span>
                  {/* Room for the widest count it can show, so no chip grows when a filter narrows
                      the events: the chips keep their places under the pointer. */}
                  <span className="chip__count-room" aria-hidden="true">
                    {chip.total} of {chip.total}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
