import { describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { HistoricalEvent } from '../../data/schemas';
import { validateTours } from '../../data/validate-tours';
import { parseDate } from '../../dates';
import { stepFor, windowAround } from './new-step';

const event = (start: string, end?: string): HistoricalEvent => ({
  id: 'an-event',
  title: 'An event',
  start,
  ...(end === undefined ? {} : { end }),
  kind: 'congress',
  factions: ['bolshevik-leadership'],
  people: [],
  summary: 's',
  passages: [{ quote: 'q', cite: 'c' }],
});

describe('a new step', () => {
  it('shows two whole months either side of a day', () => {
    expect(windowAround(event('1921-03-16'))).toEqual({ from: '1921-01-01', to: '1921-05-31' });
  });

  it('runs from before the start to after the end, across years', () => {
    expect(windowAround(event('1920-12-30', '1921-03-18'))).toEqual({ from: '1920-10-01', to: '1921-05-31' });
    expect(windowAround(event('1928-01', '1937'))).toEqual({ from: '1927-11-01', to: '1938-02-28' });
    expect(windowAround(event('1923-12~'))).toEqual({ from: '1923-10-01', to: '1924-02-29' });
  });

  it('has no window when the start cannot be read, and then shows the whole period', () => {
    expect(windowAround(event('spring 1921'))).toBeUndefined();
    expect(stepFor(event('spring 1921'))).toEqual({ event: 'an-event' });
  });

  it('features the first passage without writing it', () => {
    expect(stepFor(event('1921-03-16'))).toEqual({
      event: 'an-event',
      window: { from: '1921-01-01', to: '1921-05-31' },
    });
  });

  it('keeps every real event inside its window, and validates as a tour step', () => {
    const { events } = realDataset();
    const steps = events.map(stepFor);
    for (const [i, step] of steps.entries()) {
      const e = events[i];
      const start = e ? parseDate(e.start) : null;
      // A window names its first and last day shown, both included; ISO days compare as strings.
      const startDay = start ? new Date(start.min).toISOString().slice(0, 10) : undefined;
      expect(step.window, e?.id).toBeDefined();
      expect(startDay, e?.id).toBeDefined();
      if (step.window === undefined || startDay === undefined) continue;
      const { from, to } = step.window;
      expect(from <= startDay && startDay <= to, `${e?.id ?? ''}: ${startDay} in ${from}…${to}`).toBe(true);
    }
    const { errors } = validateTours([{ id: 'every-event', title: 'All', steps }], events);
    expect(errors).toEqual([]);
  });
});
