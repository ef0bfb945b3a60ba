import type { DataError } from './data-error';
import type { HistoricalEvent } from './schemas';
import { TourSchema, type Tour } from './tour-schema';

export const TOURS_FILE = 'data/tours.json';

const path = (p: readonly PropertyKey[]) =>
  p
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '') || '(record)';

/**
 * Checks tours against their schema and against the events they name: every step's event
 * must exist, its passage must be one the event has, its window must run forwards.
 */
export function validateTours(
  raw: unknown,
  events: readonly HistoricalEvent[],
  file = TOURS_FILE,
): { tours: Tour[]; errors: DataError[] } {
  const errors: DataError[] = [];
  if (!Array.isArray(raw))
    return {
      tours: [],
      errors: [{ file, id: '(file)', field: '(root)', message: 'must be a JSON array of tours' }],
    };
  const byId = new Map(events.map((e) => [e.id, e]));
  const tours: Tour[] = [];
  const seen = new Set<string>();
  raw.forEach((record: unknown, index) => {
    const parsed = TourSchema.safeParse(record);
    const id =
      record && typeof record === 'object' && 'id' in record && typeof record.id === 'string'
        ? record.id
        : `#${index + 1}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file, id, field: path(issue.path), message: issue.message });
      return;
    }
    const tour = parsed.data;
    const before = errors.length;
    if (seen.has(tour.id)) errors.push({ file, id, field: 'id', message: 'is not unique' });
    seen.add(tour.id);
    tour.steps.forEach((step, i) => {
      const event = byId.get(step.event);
      if (!event) {
        errors.push({ file, id, field: `steps[${i}].event`, message: `unknown event "${step.event}"` });
        return;
      }
      if (step.passage !== undefined && step.passage > event.passages.length) {
        errors.push({
          file,
          id,
          field: `steps[${i}].passage`,
          message: `${step.passage} is more than the ${event.passages.length} passages of "${event.id}"`,
        });
      }
      if (step.window && !(Date.parse(step.window.from) < Date.parse(step.window.to))) {
        errors.push({
          file,
          id,
          field: `steps[${i}].window`,
          message: `${step.window.from} is not before ${step.window.to}`,
        });
      }
    });
    if (errors.length === before) tours.push(tour);
  });
  return { tours, errors };
}
