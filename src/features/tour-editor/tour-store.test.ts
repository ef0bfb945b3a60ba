// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addStep,
  addTour,
  createTour,
  loadSavedTours,
  moveStep,
  removeStep,
  removeTour,
  renameTour,
  saveTours,
  setStepNote,
  setStepPassage,
  slugify,
  STORE_KEY,
} from './tour-store';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('tour store', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty and keeps tours in a versioned envelope', () => {
    expect(loadSavedTours()).toEqual({ tours: [], error: null });
    const { id, error } = createTour('Kronstadt, 1921!');
    expect(error).toBeNull();
    expect(id).toMatch(/^kronstadt-1921-[a-z0-9]{4}$/);
    const raw = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as unknown;
    expect(raw).toEqual({ version: 1, tours: [{ id, title: 'Kronstadt, 1921!', steps: [] }] });
  });

  it('creates a tour with its first steps in one write', () => {
    const { id, error } = createTour(' Kronstadt ', [{ event: 'a' }]);
    expect(error).toBeNull();
    expect(loadSavedTours().tours).toEqual([{ id, title: 'Kronstadt', steps: [{ event: 'a' }] }]);
    expect(createTour('  ', [{ event: 'a' }])).toMatchObject({ id: null, error: 'A tour needs a title.' });
    expect(loadSavedTours().tours).toHaveLength(1);
  });

  it('makes kebab ids from any title', () => {
    expect(slugify('Рабочая оппозиция')).toBe('tour');
    expect(slugify('  Trotsky & the Left  ')).toBe('trotsky-the-left');
    expect(createTour('Élan vital').id).toMatch(KEBAB);
  });

  it('adds, moves, annotates and removes steps', () => {
    const id = createTour('A').id ?? '';
    addStep(id, { event: 'a' });
    addStep(id, { event: 'b' });
    addStep(id, { event: 'c' });
    expect(moveStep(id, 2, 0).tours[0]?.steps.map((s) => s.event)).toEqual(['c', 'a', 'b']);
    expect(moveStep(id, 0, 9).tours[0]?.steps.map((s) => s.event)).toEqual(['c', 'a', 'b']);
    setStepNote(id, 1, 'Ask the class');
    setStepPassage(id, 1, 2);
    expect(loadSavedTours().tours[0]?.steps[1]).toEqual({ event: 'a', note: 'Ask the class', passage: 2 });
    setStepNote(id, 1, '');
    setStepPassage(id, 1, 1);
    expect(loadSavedTours().tours[0]?.steps[1]).toEqual({ event: 'a' });
    expect(removeStep(id, 0).tours[0]?.steps.map((s) => s.event)).toEqual(['a', 'b']);
  });

  it('renames and removes tours', () => {
    const a = createTour('A').id ?? '';
    const b = createTour('B').id ?? '';
    expect(renameTour(a, ' New ').tours[0]?.title).toBe('New');
    expect(renameTour(a, ' ').error).toMatch(/title/);
    expect(removeTour(a).tours.map((t) => t.id)).toEqual([b]);
    expect(loadSavedTours().tours.map((t) => t.id)).toEqual([b]);
  });

  it('gives a tour whose id is taken a new id', () => {
    const tour = { id: 'mine', title: 'Mine', steps: [{ event: 'x' }] };
    expect(addTour(tour).id).toBe('mine');
    const second = addTour(tour);
    expect(second.id).not.toBe('mine');
    expect(second.id).toMatch(/^mine-[a-z0-9]{4}$/);
    expect(addTour({ ...tour, id: 'built-in' }, ['built-in']).id).not.toBe('built-in');
  });

  it('reports a corrupt store without throwing or overwriting it', () => {
    localStorage.setItem(STORE_KEY, '{not json');
    expect(loadSavedTours().error).toMatch(/damaged/);
    expect(createTour('A').error).toMatch(/damaged/);
    expect(localStorage.getItem(STORE_KEY)).toBe('{not json');

    const wrong = JSON.stringify({ version: 2, tours: [] });
    localStorage.setItem(STORE_KEY, wrong);
    expect(loadSavedTours()).toEqual({ tours: [], error: expect.stringMatching(/version/) as string });
    addStep('x', { event: 'a' });
    expect(localStorage.getItem(STORE_KEY)).toBe(wrong);

    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ version: 1, tours: [{ id: 'Bad Id', title: 'x', steps: [] }] }),
    );
    expect(loadSavedTours().error).toMatch(/tours\.0\.id/);
  });

  it('saves a list as given', () => {
    saveTours([{ id: 'x', title: 'X', steps: [{ event: 'e' }] }]);
    expect(loadSavedTours().tours).toEqual([{ id: 'x', title: 'X', steps: [{ event: 'e' }] }]);
  });
});
