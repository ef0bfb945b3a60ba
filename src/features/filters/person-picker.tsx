import { useId } from 'react';
import { compareText } from '../../data/compare-text';
import type { Person } from '../../data/schemas';
import type { Counts } from './chip-counts';

export interface PersonPickerProps {
  people: readonly Person[];
  /** Events per person id, over the whole set; people without any are not offered. */
  counts: Counts;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

/** Too many people for chips: a picker adds one, and the chosen ones are chips that remove them. */
export function PersonPicker({ people, counts, chosen, onToggle }: PersonPickerProps) {
  const pickerId = useId();
  const choosable = people
    .filter((p) => counts.has(p.id) && !chosen.includes(p.id))
    .sort((a, b) => compareText(a.name, b.name));
  // A person from a link may be missing from the data: their id stands in for the name.
  const chosenPeople = chosen.map((id) => people.find((p) => p.id === id) ?? { id, name: id });

  return (
    <div className="person-picker">
      <label className="chips__legend" htmlFor={pickerId}>
        Person
      </label>
      <select
        id={pickerId}
        value=""
        onChange={(e) => {
          if (e.target.value) onToggle(e.target.value);
        }}
      >
        <option value="">Add a person…</option>
        {choosable.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({counts.get(p.id)})
          </option>
        ))}
      </select>
      {chosenPeople.length > 0 && (
        <ul className="chips__list" aria-label="People chosen">
          {chosenPeople.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="chip"
                aria-pressed="true"
                aria-label={`${p.name} (remove)`}
                onClick={() => onToggle(p.id)}
              >
                <span className="chip__mark" aria-hidden="true">
                  ✓
                </span>
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
