import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import { validateTours } from '../../data/validate-tours';
import type { Tour } from '../../data/tour-schema';
import type { HistoricalEvent } from '../../data/schemas';
import { describeStep, describeTour, eventsById, peopleById, tourYears } from './step-view';

const dataset = realDataset();
const byId = eventsById(dataset);
const speakers = peopleById(dataset);
const historians = new Map([['carr', { voice: 'historian' as const }]]);
const raw: unknown = JSON.parse(readFileSync('data/tours.json', 'utf8'));
const { tours, errors } = validateTours(raw, dataset.events);

const event = {
  id: 'tenth-party-congress',
  title: 'Tenth Party Congress',
  start: '1921-03-08',
  end: '1921-03-16',
  kind: 'congress',
  factions: ['bolshevik-leadership'],
  people: [],
  summary: 's',
  passages: [
    { quote: 'first', cite: 'A, p. 1' },
    { quote: 'second', cite: 'B, p. 2', speaker: 'carr', work: 'The Bolshevik Revolution' },
  ],
} satisfies HistoricalEvent;
const early: HistoricalEvent = {
  id: 'early',
  title: 'October',
  start: '1917-10-25',
  kind: 'uprising',
  factions: ['bolshevik-leadership'],
  people: [],
  summary: 's',
  passages: [{ quote: 'first', cite: 'A, p. 1' }],
};
const map = new Map<string, HistoricalEvent>([
  [event.id, event],
  [early.id, early],
]);
const tour: Tour = {
  id: 't',
  title: 'T',
  steps: [
    { event: event.id, passage: 2, window: { from: '1921-01-01', to: '1921-05-31' } },
    { event: early.id },
    { event: 'gone' },
  ],
};

describe('describeStep', () => {
  it('shows the chosen passage, its voice, the date and the window', () => {
    const view = describeStep(tour, 1, map, historians);
    expect(view?.passage.quote).toBe('second');
    expect(view?.voice).toBe('historian');
    expect(view?.date).toBe('8–16 March 1921');
    expect(view?.oldStyle).toBeNull();
    expect(view?.window).toEqual({ from: Date.UTC(1921, 0, 1), to: Date.UTC(1921, 5, 1) });
  });

  it('defaults to the first passage and the whole period, and gives the Old Style date before 1918', () => {
    const view = describeStep(tour, 2, map, historians);
    expect(view?.passage.quote).toBe('first');
    // Neither speaker nor cited work: the FAQ's own words.
    expect(view?.voice).toBe('faq');
    expect(view?.date).toBe('25 October 1917');
    expect(view?.oldStyle).toBe('12 October 1917');
    expect(view?.window.from).toBe(Date.UTC(1907, 0, 1));
  });

  it('gives null for a missing event or a step out of range', () => {
    expect(describeStep(tour, 3, map, historians)).toBeNull();
    expect(describeStep(tour, 4, map, historians)).toBeNull();
    expect(describeTour(tour, map, historians).map((v) => v.number)).toEqual([1, 2]);
  });
});

describe('the built-in tours', () => {
  it('validate against the real dataset', () => {
    expect(errors).toEqual([]);
    expect(tours.length).toBe(3);
  });

  it.each(tours.map((t) => [t.id, t] as const))(
    '%s describes every step, each event inside its window',
    (_, t) => {
      const views = describeTour(t, byId, speakers);
      expect(views).toHaveLength(t.steps.length);
      for (const view of views) {
        expect(view.date).not.toBe('');
        expect(view.passage.quote.length).toBeGreaterThan(0);
        // The strip must show the event it marks: its start falls inside the step's window.
        expect(view.min, `${t.id} step ${view.number}`).toBeLessThan(view.window.to);
        expect(view.max, `${t.id} step ${view.number}`).toBeGreaterThanOrEqual(view.window.from);
      }
      expect(tourYears(views)).toMatch(/^\d{4}(–\d{4})?$/);
    },
  );
});
