import { FIRST_YEAR, LAST_YEAR } from '../../data/validate-dataset';
import { TIMELINE_MAX, TIMELINE_MIN } from '../../timeline/limits';

const DAY = 86_400_000;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  const ticks: Tick[] = [];
  const months = monthsBetween(w);

  if (months > 18) {
    const years = months / 12;
    const every = [1, 2, 5, 10].find((k) => years / k <= maxLabels) ?? 10;
    for (let y = first; y <= last; y += 1) {
      const t = Date.UTC(y, 0, 1);
      if (t < lo || t > hi) continue;
      const labelled = y % every === 0;
      ticks.push({ key: `y${y}`, x: position(t, w), label: labelled ? String(y) : null, major: labelled });
    }
    return ticks;
  }

  const every = [1, 2, 3, 6].find((k) => months / k <= maxLabels) ?? 6;
  // The year must be readable somewhere: on January's tick, or else on the first label in view.
  let yearShown = false;
  for (let y = first; y <= last; y += 1) {
    for (let m = 0; m < 12; m += 1) {
      const t = Date.UTC(y, m, 1);
      if (t < lo || t > hi) continue;
      const x = position(t, w);
      const labelled = m % every === 0;
      let label: string | null = null;
      if (labelled) {
        label = m === 0 ? String(y) : (MONTH_NAMES[m] ?? null);
        if (x >= 0 && x <= 100) {
          if (m !== 0 && !yearShown && label !== null) label = `${label} ${y}`;
          yearShown = true;
        }
      }
      ticks.push({ key: `m${y}-${m + 1}`, x, label, major: m === 0 });
    }
  }
  return ticks;
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
