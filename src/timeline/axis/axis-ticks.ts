import { calendarTicks, nameOfMonth, type CalendarStep } from '../../dates';

/**
 * The time axis as vis-timeline labels it, so the preview's axis is the one the engine then
 * draws: it picks the finest of its steps (1000 … 5 and 1 years, 3 and 1 months, 2 and 1 days)
 * that leaves room for seven characters between labels (its `maxMinorChars`), labels minor
 * ticks "1921", "Mar", "8" and major ones "", "1921", "March 1921". Times are UTC, as the app's.
 */
export type AxisUnit = CalendarStep['unit'];

export type AxisScale = CalendarStep;

export interface Tick {
  at: number;
  label: string;
}

const DAY = 86_400_000;
// vis-timeline's own lengths for choosing a step: a year of 360 days, a month of 30.
const STEPS: readonly (AxisScale & { ms: number })[] = [
  ...[1000, 500, 100, 50, 10, 5, 1].map((step) => ({ unit: 'year' as const, step, ms: step * 360 * DAY })),
  ...[3, 1].map((step) => ({ unit: 'month' as const, step, ms: step * 30 * DAY })),
  ...[2, 1].map((step) => ({ unit: 'day' as const, step, ms: step * DAY })),
];

/** The finest step whose labels are at least `minorCharWidth × maxMinorChars` pixels apart. */
export function axisScale(msPerPx: number, minorCharWidth: number, maxMinorChars = 7): AxisScale {
  const minimum = minorCharWidth * maxMinorChars * msPerPx;
  let chosen: AxisScale = { unit: 'year', step: 1000 };
  for (const s of STEPS) if (s.ms > minimum) chosen = { unit: s.unit, step: s.step };
  return chosen;
}

function minorLabel(date: Date, unit: AxisUnit): string {
  if (unit === 'year') return String(date.getUTCFullYear());
  if (unit === 'month') return nameOfMonth(date.getUTCMonth() + 1, 'abbreviated');
  return String(date.getUTCDate());
}

function majorLabel(date: Date, unit: AxisUnit): string {
  if (unit === 'year') return '';
  if (unit === 'month') return String(date.getUTCFullYear());
  return `${nameOfMonth(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** Whether a minor tick also starts a major unit (a year for months, a month for days). */
function startsMajor(date: Date, unit: AxisUnit): boolean {
  if (unit === 'month') return date.getUTCMonth() === 0;
  if (unit === 'day') return date.getUTCDate() === 1;
  return false;
}

export interface AxisTicks {
  minor: Tick[];
  /** Major labels: one where each major unit starts, and the one in force at the left edge. */
  major: Tick[];
}

export function axisTicks(window: { from: number; to: number }, scale: AxisScale): AxisTicks {
  const minor: Tick[] = [];
  const major: Tick[] = [];
  for (const at of calendarTicks(window, scale)) {
    // A label would start at the right edge and show nothing.
    if (at === window.to) continue;
    const d = new Date(at);
    minor.push({ at, label: minorLabel(d, scale.unit) });
    if (startsMajor(d, scale.unit) && at >= window.from) major.push({ at, label: majorLabel(d, scale.unit) });
  }
  const atLeft = majorLabel(new Date(window.from), scale.unit);
  if (atLeft !== '' && major[0]?.at !== window.from) major.unshift({ at: window.from, label: atLeft });
  return { minor, major };
}

/** Room a major label takes, in pixels: generous for the axis's type, whose digits are narrower. */
const majorLabelRoom = (label: string) => label.length * 10 + 8;

/**
 * The minor labels to write: those that begin inside the lanes. One that begins before their left
 * edge would show only its last digits, cut by the edge (a "5" for 1905 beside an open panel).
 */
export function minorsInView(minor: readonly Tick[], x: (at: number) => number): Tick[] {
  return minor.filter((tick) => x(tick.at) >= 0);
}

/**
 * The major labels to write at these positions: the one in force at the left edge gives way when
 * the next begins too close to it to be read apart (a year's window opening in late December
 * wrote "1926" and "1927" over each other), as vis-timeline's own axis does.
 */
export function majorsWithRoom(major: readonly Tick[], x: (at: number) => number, from: number): Tick[] {
  const [first, next] = major;
  if (!first || !next || first.at !== from) return [...major];
  return x(next.at) - Math.max(0, x(first.at)) < majorLabelRoom(first.label) ? major.slice(1) : [...major];
}
