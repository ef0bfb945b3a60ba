import { TIMELINE_MAX, TIMELINE_MIN } from '../../dates/limits';
import type { StripWindow } from './strip';
import type { StepView } from './step-view';

const YEAR = 365.2425 * 86_400_000;

/**
 * The timeline's window when the teacher leaves a step for the explorer: the window the tour
 * gave the step, or else the event with a quarter of its length either side and at least a year
 * in all, so a one-day event opens among its neighbours rather than on thirty years.
 */
export function exitWindow(view: Pick<StepView, 'step' | 'window' | 'min' | 'max'>): StripWindow {
  if (view.step.window) return view.window;
  const span = view.max + 1 - view.min;
  const centre = view.min + span / 2;
  const half = Math.max(span * 1.5, YEAR) / 2;
  const from = Math.max(TIMELINE_MIN, Math.round(centre - half));
  const to = Math.min(TIMELINE_MAX, Math.round(centre + half));
  return { from, to };
}
