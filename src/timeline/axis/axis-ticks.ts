/**
 * The time axis as vis-timeline labels it, so the preview's axis is the one the engine then
 * draws: it picks the finest of its steps (1000 … 5 and 1 years, 3 and 1 months, 2 and 1 days)
 * that leaves room for seven characters between labels (its `maxMinorChars`), labels minor
 * ticks "1921", "Mar", "8" and major ones "", "1921", "March 1921". Times are UTC, as the app's.
 */
export type AxisUnit = 'year' | 'month' | 'day';

export interface AxisScale {
  unit: AxisUnit;
  step: number;
}

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The finest step whose labels are at least `minorCharWidth × maxMinorChars` pixels apart. */
export function axisScale(msPerPx: number, minorCharWidth: number, maxMinorChars = 7): AxisScale {
  const minimum = minorCharWidth * maxMinorChars * msPerPx;
  let chosen: AxisScale = { unit: 'year', step: 1000 };
  for (const s of STEPS) if (s.ms > minimum) chosen = { unit: s.unit, step: s.step };
  return chosen;
}

/** The first tick of `scale` at or before `time`. */
function floorTo(time: number, { unit, step }: AxisScale): Date {
  const d = new Date(time);
  if (unit === 'year') return new Date(Date.UTC(Math.floor(d.getUTCFullYear() / step) * step, 0, 1));
  if (unit === 'month')
    return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / step) * step, 1));
  const day = d.getUTCDate();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day - ((day - 1) % step)));
}

function next(date: Date, { unit, step }: AxisScale): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y + step, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(y, m + step, 1));
  const day = date.getUTCDate() + step;
  // Day steps restart at the 1st of each month, as vis-timeline's do.
  const candidate = new Date(Date.UTC(y, m, day));
  return candidate.getUTCMonth() === m ? candidate : new Date(Date.UTC(y, m + 1, 1));
}

function minorLabel(date: Date, unit: AxisUnit): string {
  if (unit === 'year') return String(date.getUTCFullYear());
  if (unit === 'month') return (MONTHS[date.getUTCMonth()] ?? '').slice(0, 3);
  return String(date.getUTCDate());
}

function majorLabel(date: Date, unit: AxisUnit): string {
  if (unit === 'year') return '';
  if (unit === 'month') return String(date.getUTCFullYear());
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
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
  const first = floorTo(window.from, scale);
  for (let d = first; d.valueOf() < window.to && minor.length < 1000; d = next(d, scale)) {
    minor.push({ at: d.valueOf(), label: minorLabel(d, scale.unit) });
    if (startsMajor(d, scale.unit) && d.valueOf() >= window.from)
      major.push({ at: d.valueOf(), label: majorLabel(d, scale.unit) });
  }
  const atLeft = majorLabel(new Date(window.from), scale.unit);
  if (atLeft !== '' && major[0]?.at !== window.from) major.unshift({ at: window.from, label: atLeft });
  return { minor, major };
}
