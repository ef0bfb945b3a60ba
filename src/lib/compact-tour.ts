import type { Tour, TourStep } from '../data/tour-schema';
import { slugify } from '../state/tour-ids';

/**
 * The positional form a share link carries (before it is deflated): a JSON array, so that no
 * field name travels, and so that it is told apart from the first links' whole tour object.
 *
 *   [2, title, steps, description?, id?]
 *   step: "event-id" | ["event-id", passage (0 = the first), from?, to?, note?, cell?]
 *   from, to: YYYYMMDD numbers (a step's strip window)
 *   cell: "<faction>:<question>", the compare cell the slide features (added last, so that links
 *   made before it read as they did)
 *
 * Whatever the receiver can rebuild is left out: the first passage (the default), absent
 * fields at the end of an array, and, in a link for students, the id (rebuilt from the title).
 */
export const COMPACT_VERSION = 2;

/** Who a link is for: students get no teacher's notes, no description and no id; a colleague gets everything. */
export type LinkAudience = 'students' | 'colleague';

type CompactStep = string | (string | number)[];

const dayNumber = (iso: string): number => Number(iso.replace(/-/g, ''));
const dayText = (n: number): string => {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** Drops trailing values that stand for "absent", so they cost no bytes. */
function trimEnd<T>(values: T[], absent: (v: T) => boolean): T[] {
  let end = values.length;
  while (end > 0 && absent(values[end - 1] as T)) end--;
  return values.slice(0, end);
}

function compactStep(step: TourStep, audience: LinkAudience): CompactStep {
  const note = audience === 'colleague' ? (step.note ?? '') : '';
  const fields = trimEnd<string | number>(
    [
      step.event,
      step.passage === undefined || step.passage === 1 ? 0 : step.passage,
      step.window ? dayNumber(step.window.from) : 0,
      step.window ? dayNumber(step.window.to) : 0,
      note,
      step.cell ?? '',
    ],
    (v) => v === 0 || v === '',
  );
  return fields.length === 1 ? step.event : fields;
}

/** The tour as the link's positional array; for students, with nothing a student must not see. */
export function compactTour(tour: Tour, audience: LinkAudience): unknown[] {
  const steps = tour.steps.map((s) => compactStep(s, audience));
  if (audience === 'students') return [COMPACT_VERSION, tour.title, steps];
  return trimEnd<unknown>(
    [COMPACT_VERSION, tour.title, steps, tour.description ?? '', tour.id],
    (v) => v === '',
  );
}

export type Expanded = { ok: true; tour: unknown } | { ok: false; error: string };

const damaged = (what: string): Expanded => ({
  ok: false,
  error: `The shared tour link is damaged: ${what}.`,
});

function expandStep(raw: unknown, number: number): TourStep | string {
  if (typeof raw === 'string') return { event: raw };
  if (!Array.isArray(raw) || typeof raw[0] !== 'string') return `step ${number} names no event`;
  const [event, passage = 0, from = 0, to = 0, note = '', cell = ''] = raw as unknown[];
  if (typeof passage !== 'number' || !Number.isInteger(passage) || passage < 0)
    return `step ${number}'s passage is not a number`;
  if (typeof from !== 'number' || typeof to !== 'number') return `step ${number}'s window is not two dates`;
  if (typeof note !== 'string') return `step ${number}'s note is not text`;
  if (typeof cell !== 'string') return `step ${number}'s compare cell is not text`;
  return {
    event: event as string,
    ...(passage > 1 && { passage }),
    ...(from !== 0 && to !== 0 && { window: { from: dayText(from), to: dayText(to) } }),
    ...(note !== '' && { note }),
    ...(cell !== '' && { cell }),
  };
}

/**
 * The positional array back to a tour object, for the tour schema and the dataset to check
 * next; what is not even shaped like a tour is named here, by the teacher's step number.
 */
export function expandTour(raw: unknown[]): Expanded {
  const [version, title, steps, description = '', id = ''] = raw;
  if (version !== COMPACT_VERSION)
    return damaged(
      `it was made by a version of this site that cannot be read here (format ${String(version)})`,
    );
  if (typeof title !== 'string' || title === '') return damaged('it has no title');
  if (!Array.isArray(steps) || steps.length === 0) return damaged('it has no steps');
  if (typeof description !== 'string') return damaged('its description is not text');
  if (typeof id !== 'string') return damaged('its id is not text');
  const expanded: TourStep[] = [];
  for (const [i, step] of steps.entries()) {
    const result = expandStep(step, i + 1);
    if (typeof result === 'string') return damaged(result);
    expanded.push(result);
  }
  return {
    ok: true,
    tour: {
      id: id === '' ? slugify(title) : id,
      title,
      ...(description !== '' && { description }),
      steps: expanded,
    },
  };
}
