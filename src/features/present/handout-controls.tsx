export interface HandoutControlsProps {
  onPrint: () => void;
  includeNotes: boolean;
  onIncludeNotes: (include: boolean) => void;
}

/** Print the tour as a handout, with or without the teacher's notes: on the slide and in the presenter view. */
export function HandoutControls({ onPrint, includeNotes, onIncludeNotes }: HandoutControlsProps) {
  return (
    <>
      <button type="button" className="present-button" onClick={onPrint}>
        Print handout
      </button>
      <label className="present-check">
        <input
          type="checkbox"
          checked={includeNotes}
          onChange={(e) => onIncludeNotes(e.currentTarget.checked)}
        />
        Include teacher's notes
      </label>
    </>
  );
}
