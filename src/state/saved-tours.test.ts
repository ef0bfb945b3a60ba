// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSavedTours, hearOtherTabs } from './saved-tours';
import { STORE_KEY } from './saved-tours-storage';
import { slugify } from './tour-ids';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const stored = () => localStorage.getItem(STORE_KEY);
const envelope = () => JSON.parse(stored() ?? 'null') as unknown;
/** A store over this page's localStorage, reading what is there now. */
const fresh = (version?: number) => createSavedTours(() => localStorage, version).getState;

describe('saved tours', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty and keeps tours in a versioned envelope', () => {
    const tours = fresh();
    expect(tours()).toMatchObject({ tours: [], error: null });
    const { id, error } = tours().createTour('Kronstadt, 1921!');
    expect(error).toBeNull();
    expect(id).toMatch(/^kronstadt-1921-[a-z0-9]{4}$/);
    expect(envelope()).toEqual({ version: 1, tours: [{ id, title: 'Kronstadt, 1921!', steps: [] }] });
  });

  it('loads what was saved before it was a store, unchanged, and writes the same envelope back', () => {
    const saved = {
      version: 1,
      tours: [
        {
          id: 'lesson-ab12',
          title: 'Lesson',
          description: 'd',
          steps: [{ event: 'a', note: 'n', passage: 2 }],
        },
        { id: 'draft-cd34', title: 'Draft', steps: [] },
      ],
    };
    localStorage.setItem(STORE_KEY, JSON.stringify(saved));
    const tours = fresh();
    expect(tours().tours).toEqual(saved.tours);
    expect(tours().addStep('draft-cd34', { event: 'b' })).toBeNull();
    expect(envelope()).toEqual({
      version: 1,
      tours: [saved.tours[0], { id: 'draft-cd34', title: 'Draft', steps: [{ event: 'b' }] }],
    });
  });

  it('creates a tour with its first steps in one write', () => {
    const tours = fresh();
    const { id, error } = tours().createTour(' Kronstadt ', [{ event: 'a' }]);
    expect(error).toBeNull();
    expect(fresh()().tours).toEqual([{ id, title: 'Kronstadt', steps: [{ event: 'a' }] }]);
    expect(tours().createTour('  ', [{ event: 'a' }])).toEqual({ id: null, error: 'A tour needs a title.' });
    expect(tours().tours).toHaveLength(1);
  });

  it('makes kebab ids from any title', () => {
    expect(slugify('Рабочая оппозиция')).toBe('tour');
    expect(slugify('  Trotsky & the Left  ')).toBe('trotsky-the-left');
    expect(fresh()().createTour('Élan vital').id).toMatch(KEBAB);
  });

  it('adds, moves, annotates and removes steps', () => {
    const tours = fresh();
    const id = tours().createTour('A').id ?? '';
    for (const event of ['a', 'b', 'c']) tours().addStep(id, { event });
    const steps = () => tours().tours[0]?.steps.map((s) => s.event);
    tours().moveStep(id, 2, 0);
    expect(steps()).toEqual(['c', 'a', 'b']);
    tours().moveStep(id, 0, 9);
    expect(steps()).toEqual(['c', 'a', 'b']);
    tours().setStepNote(id, 1, 'Ask the class');
    tours().setStepPassage(id, 1, 2);
    expect(fresh()().tours[0]?.steps[1]).toEqual({ event: 'a', note: 'Ask the class', passage: 2 });
    tours().setStepNote(id, 1, '');
    tours().setStepPassage(id, 1, 1);
    expect(fresh()().tours[0]?.steps[1]).toEqual({ event: 'a' });
    tours().removeStep(id, 0);
    expect(steps()).toEqual(['a', 'b']);
  });

  it('puts a removed step back where it was, note and all', () => {
    const tours = fresh();
    const id =
      tours().createTour('A', [{ event: 'a' }, { event: 'b', note: 'Ask why' }, { event: 'c' }]).id ?? '';
    const removed = tours().tours[0]?.steps[1];
    if (!removed) throw new Error('no step 2');
    tours().removeStep(id, 1);
    expect(tours().insertStep(id, 1, removed)).toBeNull();
    expect(fresh()().tours[0]?.steps).toEqual([
      { event: 'a' },
      { event: 'b', note: 'Ask why' },
      { event: 'c' },
    ]);
    tours().insertStep(id, 9, { event: 'd' });
    expect(tours().tours[0]?.steps.at(-1)).toEqual({ event: 'd' });
  });

  it('replaces a saved tour by one with its id, leaving the others', () => {
    const tours = fresh();
    tours().addTour({ id: 'mine', title: 'Mine', steps: [{ event: 'x' }] });
    tours().addTour({ id: 'other', title: 'Other', steps: [{ event: 'y' }] });
    expect(tours().replaceTour({ id: 'mine', title: 'Mine, revised', steps: [{ event: 'z' }] })).toBeNull();
    expect(fresh()().tours).toEqual([
      { id: 'mine', title: 'Mine, revised', steps: [{ event: 'z' }] },
      { id: 'other', title: 'Other', steps: [{ event: 'y' }] },
    ]);
  });

  it('writes a note keystroke through without reading or checking what is saved', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const tours = fresh();
    const id = tours().createTour('A', [{ event: 'a' }]).id ?? '';
    getItem.mockClear();
    for (const note of ['A', 'As', 'Ask']) expect(tours().setStepNote(id, 0, note)).toBeNull();
    expect(getItem).not.toHaveBeenCalled();
    expect(fresh()().tours[0]?.steps[0]).toEqual({ event: 'a', note: 'Ask' });
    getItem.mockRestore();
  });

  it('renames and removes tours', () => {
    const tours = fresh();
    const a = tours().createTour('A').id ?? '';
    const b = tours().createTour('B').id ?? '';
    expect(tours().renameTour(a, ' New ')).toBeNull();
    expect(tours().tours[0]?.title).toBe('New');
    expect(tours().renameTour(a, ' ')).toMatch(/title/);
    tours().removeTour(a);
    expect(fresh()().tours.map((t) => t.id)).toEqual([b]);
  });

  it('gives a tour whose id is taken a new id', () => {
    const tours = fresh();
    const tour = { id: 'mine', title: 'Mine', steps: [{ event: 'x' }] };
    expect(tours().addTour(tour).id).toBe('mine');
    const second = tours().addTour(tour);
    expect(second.id).toMatch(/^mine-[a-z0-9]{4}$/);
    expect(tours().addTour({ ...tour, id: 'built-in' }, ['built-in']).id).not.toBe('built-in');
  });

  it('names a damaged envelope, never writes over it, and says so for each change', () => {
    localStorage.setItem(STORE_KEY, '{not json');
    let tours = fresh();
    expect(tours().error).toBe('The saved tours are damaged (not JSON); they were left as they are.');
    expect(tours().createTour('A').error).toMatch(/damaged/);
    expect(stored()).toBe('{not json');

    const wrong = JSON.stringify({ version: 1, tours: [{ id: 'Bad Id', title: 'x', steps: [] }] });
    localStorage.setItem(STORE_KEY, wrong);
    tours = fresh();
    expect(tours().error).toMatch(
      /^The saved tours are damaged \(tours\.0\.id: .*\); they were left as they are\.$/,
    );
    expect(tours().addStep('x', { event: 'a' })).toMatch(/damaged/);
    expect(tours().tours).toEqual([]);
    expect(stored()).toBe(wrong);

    const unversioned = JSON.stringify({ tours: [] });
    localStorage.setItem(STORE_KEY, unversioned);
    expect(fresh()().error).toMatch(/damaged \(version:/);
    expect(stored()).toBe(unversioned);
  });

  it('leaves tours saved by a newer version of the page unread and unwritten', () => {
    const newer = JSON.stringify({ version: 2, tours: [] });
    localStorage.setItem(STORE_KEY, newer);
    const tours = fresh();
    expect(tours().error).toMatch(/newer version of this page \(version 2\)/);
    expect(tours().createTour('A').error).toMatch(/version 2/);
    expect(stored()).toBe(newer);
  });

  it('migrates tours saved at the current version when the version moves on', () => {
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ version: 1, tours: [{ id: 'a', title: 'A', steps: [] }] }),
    );
    const next = fresh(2);
    expect(next()).toMatchObject({ tours: [{ id: 'a', title: 'A', steps: [] }], error: null });
    expect(envelope()).toEqual({ version: 2, tours: [{ id: 'a', title: 'A', steps: [] }] });
    // An earlier envelope is checked as strictly as a current one.
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, tours: [{ id: 'a', steps: [] }] }));
    expect(fresh(2)().error).toMatch(/damaged \(tours\.0\.title/);
  });

  it('keeps what was shown and saved when the browser refuses a write', () => {
    const tours = fresh();
    const id = tours().createTour('A').id ?? '';
    const before = stored();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(tours().addStep(id, { event: 'a' })).toBe(
      'The tours could not be saved (the browser refused or is full).',
    );
    setItem.mockRestore();
    expect(tours().tours[0]?.steps).toEqual([]);
    expect(stored()).toBe(before);
    // Refused once is not refused for ever.
    expect(tours().addStep(id, { event: 'a' })).toBeNull();
  });

  it('hears another tab’s changes through the storage event', () => {
    const store = createSavedTours(() => localStorage);
    const stop = hearOtherTabs(store);
    const tours = store.getState;
    const other = JSON.stringify({ version: 1, tours: [{ id: 'theirs', title: 'Theirs', steps: [] }] });
    localStorage.setItem(STORE_KEY, other);
    expect(tours().tours).toEqual([]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY, newValue: other }));
    expect(tours().tours.map((t) => t.id)).toEqual(['theirs']);

    localStorage.setItem(STORE_KEY, '{not json');
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY, newValue: '{not json' }));
    expect(tours().error).toMatch(/not JSON/);
    expect(tours().createTour('Mine').error).toMatch(/damaged/);
    expect(stored()).toBe('{not json');

    // The other tab cleared the site's storage.
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(tours()).toMatchObject({ tours: [], error: null });
    stop();
  });
});
