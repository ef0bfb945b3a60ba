import { FIRST_YEAR, LAST_YEAR } from '../../data/validate-dataset';
import { calendarTicks, nameOfMonth } from '../../dates';
import { TIMELINE_MAX, TIMELINE_MIN } from '../../dates/limits';

const DAY = 86_400_000;

/** A stretch of time in UTC milliseconds, `to` exclusive. */
export interface StripWindow {
  from: number;
  to: number;
}

/** The whole period the product covers, for steps that name no window of their own. */
export const WHOLE_PERIOD: StripWindow = {
  from: Date.UTC(FIRST_YEAR, 0, 1),
  to: Date.UTC(LAST_YEAR + 1, 0, 1),
};

/** Ticks are never drawn beyond the timeline's own zoom limits (1900–1945). */
const OUTER: StripWindow = { from: TIMELINE_MIN, to: TIMELINE_MAX };

/** A step's window ("1921-02-01" to "1921-06-30", both days shown), or the whole period. */
export function stepWindow(window: { from: string; to: string } | undefined): StripWindow {
  if (!window) return WHOLE_PERIOD;
  const from = Date.parse(window.from);
  const to = Date.parse(window.to) + DAY;
  return Number.isFinite(from) && Number.isFinite(to) && from < to ? { from, to } : WHOLE_PERIOD;
}

/** Where a moment sits across the strip, in percent; outside 0–100 when it is off the strip. */
export function position(ms: number, w: StripWindow): number {
  return ((ms - w.from) / (w.to - w.from)) * 100;
}

export interface Tick {
  /** Stable across windows, so a tick that stays on the strip glides instead of jumping. */
  key: string;
  x: number;
  label: string | null;
  major: boolean;
}

function monthsBetween(a: StripWindow): number {
  return (a.to - a.from) / (30.44 * DAY);
}

/**
 * The ticks for a window: years with a label every 1, 2, 5 or 10 years on long windows, months
 * on windows of 18 months or less. Ticks are made for a window's width on either side as well,
 * so that when the strip moves to the next step they slide in from the edge rather than appear.
 * At most `maxLabels` labels show in the window itself (fewer on a phone), so they never crowd.
 */
export function stripTicks(w: StripWindow, maxLabels = 8): Tick[] {
  const span = w.to - w.from;
  const lo = Math.max(OUTER.from, w.from - span);
  const hi = Math.min(OUTER.to, w.to + span);
  const months = monthsBetween(w);
  // Every 1 January (or 1st of a month) from lo to hi.
  const around = (unit: 'year' | 'month') =>
    calendarTicks({ from: lo, to: hi }, { unit, step: 1 }).filter((t) => t >= lo);

  if (months > 18) {
    const years = months / 12;
    const every = [1, 2, 5, 10].find((k) => years / k <= maxLabels) ?? 10;
    return around('year').map((t) => {
      const y = new Date(t).getUTCFullYear();
      const labelled = y % every === 0;
      return { key: `y${y}`, x: position(t, w), label: labelled ? String(y) : null, major: labelled };
    });
  }

  const every = [1, 2, 3, 6].find((k) => months / k <= maxLabels) ?? 6;
  // The year must be readable somewhere: on January's tick, or else on the first label in view.
  let yearShown = false;
  return around('month').map((t) => {
    const date = new Date(t);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const x = position(t, w);
    let label: string | null = null;
    if (m % every === 0) {
      label = m === 0 ? String(y) : nameOfMonth(m + 1, 'abbreviated');
      if (x >= 0 && x <= 100) {
        if (m !== 0 && !yearShown) label = `${label} ${y}`;
        yearShown = true;
      }
    }
    return { key: `m${y}-${m + 1}`, x, label, major: m === 0 };
  });
}

export interface MarkExtent {
  /** Percent from the strip's left edge: the event's start (or its centre when drawn as a point). */
  left: number;
  width: number;
  /** Too short to see as a bar: drawn as a dot instead. */
  point: boolean;
}

/** Below this share of the strip a period reads as a dot. */
const MIN_BAR = 1.5;

/**
 * How an event spanning `min`…`max` (inclusive, ms) is drawn: a bar for a period long enough to
 * see, a dot for a day or a short congress. Bars running off an edge are cut just beyond it.
 */
export function markExtent(min: number, max: number, w: StripWindow): MarkExtent {
  const a = position(min, w);
  const b = position(max + 1, w);
  if (b - a < MIN_BAR) return { left: (a + b) / 2, width: 0, point: true };
  const left = Math.max(a, -2);
  const right = Math.min(b, 102);
  return { left, width: Math.max(right - left, 0), point: false };
}

/** An era drawn as a band behind the strip, cut to it. */
export interface Band {
  id: string;
  label: string;
  left: number;
  width: number;
}

/** The eras (civil war, NEP…) as bands across the strip; those wholly off it are left out. */
export function eraBands(
  eras: readonly { id: string; label: string; from: number; to: number }[],
  w: StripWindow,
): Band[] {
  return eras.flatMap((era) => {
    const left = Math.max(position(era.from, w), 0);
    const right = Math.min(position(era.to, w), 100);
    return right > left ? [{ id: era.id, label: era.label, left, width: right - left }] : [];
  });
}

/** Where a neighbouring step's name is written: from its mark towards the strip's edge on its side. */
export interface NeighbourLabel {
  /** The name's edge touching the mark: its end for the step before, its start for the step after. */
  anchor: 'start' | 'end';
  /** Percent from the left edge (for `start`) or from the right edge (for `end`). */
  inset: number;
  /** The room it may take before the strip's edge, in percent; longer names are cut short. */
  room: number;
}

/** A name needs at least this share of the strip beside its mark; with less it turns the other way. */
const MIN_LABEL_ROOM = 18;

/**
 * The step before is named to the left of its mark and the step after to the right, so the two
 * names never cross while the tour runs forwards in time (the current step lies between them).
 * A mark too near its edge for its name turns it the other way.
 */
export function neighbourLabel(x: number, side: 'before' | 'after'): NeighbourLabel {
  const clamped = Math.min(Math.max(x, 0), 100);
  const towardsStart = side === 'before' ? clamped >= MIN_LABEL_ROOM : clamped > 100 - MIN_LABEL_ROOM;
  return towardsStart
    ? { anchor: 'end', inset: 100 - clamped, room: clamped }
    : { anchor: 'start', inset: clamped, room: 100 - clamped };
}
