import type { TimeWindow } from '../../state/slices';
import { TIMELINE_MAX, TIMELINE_MIN, ZOOM_MAX_MS, ZOOM_MIN_MS } from '../../dates/limits';

/*
 * The arithmetic of the visible window, the same whoever draws it (the preview or vis-timeline)
 * and whatever moved it (a key, a button, the wheel, a filter): the view computes the next window
 * and both draw it.
 */

/** One zoom step of the buttons and the keys: from thirty years to one in five. */
export const ZOOM_STEP = 2;

/** The window kept within the timeline's limits: no shorter than a day, no wider than its span. */
export function clampWindow(win: TimeWindow): TimeWindow {
  const span = Math.min(Math.max(win.to - win.from, ZOOM_MIN_MS), ZOOM_MAX_MS);
  const middle = (win.from + win.to) / 2;
  const from = Math.min(Math.max(middle - span / 2, TIMELINE_MIN), TIMELINE_MAX - span);
  return { from, to: from + span };
}

/**
 * The window zoomed by `factor` (above 1 zooms in) about the time `at`, which stays where it is
 * on the screen: the wheel zooms about the pointer, the keys about the focused event.
 */
export function zoomWindow(win: TimeWindow, factor: number, at = (win.from + win.to) / 2): TimeWindow {
  const span = win.to - win.from;
  const next = Math.min(Math.max(span / factor, ZOOM_MIN_MS), ZOOM_MAX_MS);
  const share = span > 0 ? (at - win.from) / span : 0.5;
  const from = at - share * next;
  const to = from + next;
  // At a limit the window keeps its span and slides back inside.
  if (from < TIMELINE_MIN) return { from: TIMELINE_MIN, to: TIMELINE_MIN + next };
  if (to > TIMELINE_MAX) return { from: TIMELINE_MAX - next, to: TIMELINE_MAX };
  return { from, to };
}

/** The window moved by `share` of its span (negative: earlier), its span kept. */
export function panWindow(win: TimeWindow, share: number): TimeWindow {
  const span = win.to - win.from;
  const from = Math.min(Math.max(win.from + share * span, TIMELINE_MIN), TIMELINE_MAX - span);
  return { from, to: from + span };
}

/** The window moved just enough to show the time `at`, a tenth of its span in from the edge. */
export function revealWindow(win: TimeWindow, at: number): TimeWindow {
  const span = win.to - win.from;
  const margin = span / 10;
  if (at >= win.from + margin / 2 && at <= win.to - margin / 2) return win;
  const from = at < win.from + margin / 2 ? at - margin : at + margin - span;
  return clampWindow({ from, to: from + span });
}

const YEAR = 365.25 * 86_400_000;

/**
 * A window that frames a set of events: from the first start to the last end, at least a year
 * wide so a single day is not blown up to fill the screen, with a twentieth of that before and a
 * quarter after. Names are written to the right of their events: with a twentieth after, the last
 * results' names ran past the lanes' edge ("Fiftee", "Platform o"). Null for no events.
 */
export function fitWindow(spans: readonly { from: number; to: number }[]): TimeWindow | null {
  if (spans.length === 0) return null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    first = Math.min(first, s.from);
    last = Math.max(last, s.to);
  }
  const span = Math.max(last - first, YEAR);
  const middle = (first + last) / 2;
  return clampWindow({ from: middle - span / 2 - span * 0.05, to: middle + span / 2 + span * 0.25 });
}

/** A year's window, for "go to year": the year itself with a month either side. */
export function yearWindow(year: number): TimeWindow {
  const month = YEAR / 12;
  return clampWindow({ from: Date.UTC(year, 0, 1) - month, to: Date.UTC(year + 1, 0, 1) + month });
}

/** Whether two windows are the same to the second (an echo, not a change). */
export const sameWindow = (a: TimeWindow, b: TimeWindow) =>
  Math.abs(a.from - b.from) < 1000 && Math.abs(a.to - b.to) < 1000;
