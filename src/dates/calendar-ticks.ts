/** A calendar step: every `step` years (from year 0), months (from January) or days (from the 1st). */
export interface CalendarStep {
  unit: 'year' | 'month' | 'day';
  step: number;
}

/** Enough for any axis the app draws; a guard against a step far too fine for its window. */
const MAX_TICKS = 1000;

/** The first instant of `s` at or before `time`. */
function floorTo(time: number, { unit, step }: CalendarStep): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  if (unit === 'year') return Date.UTC(Math.floor(y / step) * step, 0, 1);
  if (unit === 'month') return Date.UTC(y, Math.floor(d.getUTCMonth() / step) * step, 1);
  const day = d.getUTCDate();
  return Date.UTC(y, d.getUTCMonth(), day - ((day - 1) % step));
}

function next(time: number, { unit, step }: CalendarStep): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (unit === 'year') return Date.UTC(y + step, 0, 1);
  if (unit === 'month') return Date.UTC(y, m + step, 1);
  // Day steps restart at the 1st of each month, as vis-timeline's do: 25, 27, 1, 3…
  const candidate = Date.UTC(y, m, d.getUTCDate() + step);
  return new Date(candidate).getUTCMonth() === m ? candidate : Date.UTC(y, m + 1, 1);
}

/**
 * The instants (UTC ms) where a calendar step falls, from the last one at or before `from` to
 * the last one at or before `to`, as vis-timeline's TimeStep walks them: the one tick generator
 * of the timeline's axis, the overview's years and the present strip. The first may lie before
 * `from`, for an axis whose label is in force at the left edge; callers that want only the
 * ticks inside drop it.
 */
export function calendarTicks(window: { from: number; to: number }, step: CalendarStep): number[] {
  const ticks: number[] = [];
  for (let t = floorTo(window.from, step); t <= window.to && ticks.length < MAX_TICKS; t = next(t, step)) {
    ticks.push(t);
  }
  return ticks;
}
