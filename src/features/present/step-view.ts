import type { Dataset } from '../../data/validate-dataset';
import type { HistoricalEvent, Passage, Person, Voice } from '../../data/schemas';
import { voiceOf } from '../../data/voice';
import type { Tour, TourStep } from '../../data/tour-schema';
import { formatEventDates, parseDate } from '../../dates';
import { stepWindow, type StripWindow } from './strip';

/** Everything a slide, the presenter view and the handout show for one step. */
export interface StepView {
  /** 1-based. */
  number: number;
  step: TourStep;
  event: HistoricalEvent;
  passage: Passage;
  /** Whose voice the passage is, for its badge; null where the data does not tell. */
  voice: Voice | null;
  /** "8–16 March 1921". */
  date: string;
  /** The Julian reading for dates before February 1918, when it can be stated. */
  oldStyle: string | null;
  /** First and last millisecond the event covers. */
  min: number;
  max: number;
  window: StripWindow;
}

/**
 * A step as it is shown; null when its event is not in the dataset (the validator drops such
 * tours, so this only guards against a dataset that changed underneath).
 */
export function describeStep(
  tour: Tour,
  number: number,
  events: ReadonlyMap<string, HistoricalEvent>,
  people: PeopleById,
): StepView | null {
  const step = tour.steps[number - 1];
  if (!step) return null;
  const event = events.get(step.event);
  if (!event) return null;
  const passage = event.passages[(step.passage ?? 1) - 1] ?? event.passages[0];
  const start = parseDate(event.start);
  if (!passage || !start) return null;
  const end = event.end === undefined ? undefined : (parseDate(event.end) ?? undefined);
  const { newStyle, oldStyle } = formatEventDates(event);
  return {
    number,
    step,
    event,
    passage,
    voice: voiceOf(passage, people),
    date: newStyle,
    oldStyle,
    min: start.min,
    max: (end ?? start).max,
    window: stepWindow(step.window),
  };
}

/** Every step of a tour, in order; steps whose event is missing are left out. */
export function describeTour(
  tour: Tour,
  events: ReadonlyMap<string, HistoricalEvent>,
  people: PeopleById,
): StepView[] {
  return tour.steps.flatMap((_, i) => describeStep(tour, i + 1, events, people) ?? []);
}

export const eventsById = (dataset: Dataset): ReadonlyMap<string, HistoricalEvent> =>
  new Map(dataset.events.map((e) => [e.id, e]));

/** The speakers, for the voice of their passages. */
export type PeopleById = ReadonlyMap<string, Pick<Person, 'voice'>>;
export const peopleById = (dataset: Dataset): PeopleById => new Map(dataset.people.map((p) => [p.id, p]));

/** "1918–1927": the years a tour covers, for the picker. */
export function tourYears(steps: readonly StepView[]): string {
  if (steps.length === 0) return '';
  const years = steps.flatMap((s) => [new Date(s.min).getUTCFullYear(), new Date(s.max).getUTCFullYear()]);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
