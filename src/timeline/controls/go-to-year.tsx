import { useId, useState, type SyntheticEvent } from 'react';
import { TIMELINE_MAX, TIMELINE_MIN } from '../../dates/limits';

const FIRST = new Date(TIMELINE_MIN).getUTCFullYear();
const LAST = new Date(TIMELINE_MAX).getUTCFullYear() - 1;

/** The year a reader typed, or what is wrong with it. */
export function readYear(text: string): { year: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return { problem: `Type a year as four digits, from ${FIRST} to ${LAST}.` };
  const year = Number(trimmed);
  if (year < FIRST || year > LAST) return { problem: `The timeline runs from ${FIRST} to ${LAST}.` };
  return { year };
}

/** "Go to year": a short field that moves the window to one year. */
export function GoToYear({ onGo }: { onGo: (year: number) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const read = readYear(text);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem('');
    onGo(read.year);
  };
  return (
    <form className="go-to-year" onSubmit={submit}>
      <label htmlFor={id}>Go to year</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        // What to type, not an example year: on a phone, where the label is hidden for room, a
        // grey "1921" read as the year shown now.
        placeholder="Year"
        maxLength={4}
        value={text}
        aria-invalid={problem !== '' || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          // Said of the year that was asked for: gone once the reader types another.
          setProblem('');
        }}
      />
      <button type="submit" className="text-button">
        Go
      </button>
      <span id={`${id}-problem`} className="go-to-year__problem" role="status">
        {problem}
      </span>
    </form>
  );
}
