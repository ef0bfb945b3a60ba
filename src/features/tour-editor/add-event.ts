import type { HistoricalEvent } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import { stepFor } from './new-step';
import { useSavedTours } from '../../state/saved-tours';

/** What adding an event to a saved tour came to; `step` counts from 1. */
export type AddOutcome =
  | { kind: 'added'; tour: Tour; step: number }
  | { kind: 'already'; tour: Tour; step: number }
  | { kind: 'failed'; message: string };

/** The 1-based number of the first step that shows the event, or null. */
export function stepShowing(tour: Tour, eventId: string): number | null {
  const index = tour.steps.findIndex((s) => s.event === eventId);
  return index === -1 ? null : index + 1;
}

/**
 * Appends a step for the event to a saved tour. An event the tour already shows is not added
 * again from here: from a panel a second add is nearly always a slip, and a deliberate return
 * to an event belongs at a chosen place in the tour, which the editor gives.
 */
export function addEventToTour(tourId: string, event: HistoricalEvent): AddOutcome {
  const saved = useSavedTours.getState();
  if (saved.error !== null) return { kind: 'failed', message: saved.error };
  const tour = saved.tours.find((t) => t.id === tourId);
  if (!tour) return { kind: 'failed', message: 'That tour is no longer saved in this browser.' };
  const existing = stepShowing(tour, event.id);
  if (existing !== null) return { kind: 'already', tour, step: existing };
  const step = stepFor(event);
  const error = saved.addStep(tourId, step);
  if (error !== null) return { kind: 'failed', message: error };
  return { kind: 'added', tour: { ...tour, steps: [...tour.steps, step] }, step: tour.steps.length + 1 };
}

/** Makes a saved tour whose first step is the event. */
export function addEventToNewTour(title: string, event: HistoricalEvent): AddOutcome {
  const step = stepFor(event);
  const { createTour } = useSavedTours.getState();
  const result = createTour(title, [step]);
  const tour = useSavedTours.getState().tours.find((t) => t.id === result.id);
  if (result.error !== null || !tour)
    return { kind: 'failed', message: result.error ?? 'The tour was not made.' };
  return { kind: 'added', tour, step: 1 };
}
