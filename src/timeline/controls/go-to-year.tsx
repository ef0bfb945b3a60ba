import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
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

/**
 * What to tell a reader sent to a year in which no event (of those shown) falls: an empty stretch
 * of lanes says nothing of where the events are. Null where the year has events.
 */
export function emptyYearNote(year: number, events: readonly { start: Date; end?: Date }[]): string | null {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  let before: number | null = null;
  let after: number | null = null;
  for (const { start, end = start } of events) {
    if (start.valueOf() < to && end.valueOf() >= from) return null;
    if (end.valueOf() < from) before = Math.max(before ?? -Infinity, end.getUTCFullYear());
    else after = Math.min(after ?? Infinity, start.getUTCFullYear());
  }
  const nearest = [before, after]
    .filter((y): y is number => y !== null)
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0];
  return nearest === undefined
    ? `No events in ${year}.`
    : `No events in ${year}: the nearest are in ${nearest}.`;
}

/**
 * "Go to year": a short field that moves the window to one year. `onGo` may answer with a note
 * (the year has no events), shown under the field like a problem until the reader types again.
 */
export function GoToYear({ onGo }: { onGo: (year: number) => string | null }) {
  const id = useId();
  const [text, setText] = useState('');
  /** What is said of the year asked for: what is wrong with it, or a note on what it holds. */
  const [said, setSaid] = useState<{ text: string; wrong: boolean } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // A note on the year shown goes once the reader moves on (a press, a wheel, a key elsewhere):
  // left up, it spoke of a year no longer shown, over the axis.
  const noting = said?.wrong === false;
  useEffect(() => {
    if (!noting) return;
    const moveOn = (e: Event) => {
      if (!(e.target instanceof Node && form.current?.contains(e.target))) setSaid(null);
    };
    const events = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const type of events) document.addEventListener(type, moveOn, { capture: true, passive: true });
    return () => {
      for (const type of events) document.removeEventListener(type, moveOn, { capture: true });
    };
  }, [noting]);
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const read = readYear(text);
    if ('problem' in read) {
      setSaid({ text: read.problem, wrong: true });
      return;
    }
    const note = onGo(read.year);
    setSaid(note === null ? null : { text: note, wrong: false });
  };
  return (
    <form ref={form} className="go-to-year" onSubmit={submit}>
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
        aria-invalid={said?.wrong || undefined}
        aria-describedby={said ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          // Said of the year that was asked for: gone once the reader types another.
          setSaid(null);
        }}
      />
      <button type="submit" className="text-button">
        Go
      </button>
      <span
        id={`${id}-problem`}
        className={`go-to-year__problem${said?.wrong === false ? ' go-to-year__problem--note' : ''}`}
        role="status"
      >
        {said?.text}
      </span>
    </form>
  );
}
