// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { addEventToNewTour, addEventToTour, stepShowing } from './add-event';
import { STORE_KEY } from '../../state/saved-tours-storage';
import { resetSavedTours, storeFromOtherTab, toursInStorage } from '../../state/saved-tours.test-support';

const event = (id: string, start = '1921-03-16'): HistoricalEvent => ({
  id,
  title: id,
  start,
  kind: 'congress',
  factions: ['bolshevik-leadership'],
  people: [],
  summary: 's',
  passages: [{ quote: 'q', cite: 'c' }],
});
const kronstadt = event('kronstadt');
const congress = event('tenth-congress', '1921-03-08');
const WINDOW = { from: '1921-01-01', to: '1921-05-31' };

describe('adding an event to a saved tour', () => {
  beforeEach(() => resetSavedTours());
  afterEach(() => vi.restoreAllMocks());

  it('makes a new tour with the event as step 1', () => {
    const outcome = addEventToNewTour(' My tour ', kronstadt);
    expect(outcome).toMatchObject({ kind: 'added', step: 1, tour: { title: 'My tour' } });
    expect(toursInStorage()).toEqual([
      {
        id: expect.stringMatching(/^my-tour-/) as string,
        title: 'My tour',
        steps: [{ event: 'kronstadt', window: WINDOW }],
      },
    ]);
  });

  it('appends to a tour and numbers the new step', () => {
    resetSavedTours([{ id: 'mine', title: 'Mine', steps: [{ event: 'a' }, { event: 'b' }] }]);
    const outcome = addEventToTour('mine', kronstadt);
    expect(outcome).toMatchObject({ kind: 'added', step: 3, tour: { id: 'mine' } });
    expect(toursInStorage()[0]?.steps.map((s) => s.event)).toEqual(['a', 'b', 'kronstadt']);
    expect(addEventToTour('mine', congress)).toMatchObject({ kind: 'added', step: 4 });
  });

  it('says which step already shows the event instead of adding it twice', () => {
    resetSavedTours([{ id: 'mine', title: 'Mine', steps: [{ event: 'a' }, { event: 'kronstadt' }] }]);
    const before = localStorage.getItem(STORE_KEY);
    expect(addEventToTour('mine', kronstadt)).toMatchObject({ kind: 'already', step: 2 });
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
    const mine = toursInStorage()[0];
    expect(mine && stepShowing(mine, 'kronstadt')).toBe(2);
    expect(mine && stepShowing(mine, 'elsewhere')).toBeNull();
  });

  it('names a damaged store and leaves it as it is', () => {
    storeFromOtherTab('{"version":1,"tours":[{"id":"x"}]}');
    const before = localStorage.getItem(STORE_KEY);
    expect(addEventToTour('x', kronstadt)).toEqual({
      kind: 'failed',
      message: expect.stringMatching(
        /^The saved tours are damaged \(tours\.0\.title: .*\); they were left as they are\.$/,
      ) as string,
    });
    expect(addEventToNewTour('New', kronstadt)).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/damaged/) as string,
    });
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
  });

  it('says so when the browser refuses to save, and keeps what was saved', () => {
    resetSavedTours([{ id: 'mine', title: 'Mine', steps: [{ event: 'a' }] }]);
    const before = localStorage.getItem(STORE_KEY);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(addEventToTour('mine', kronstadt)).toEqual({
      kind: 'failed',
      message: 'The tours could not be saved (the browser refused or is full).',
    });
    expect(addEventToNewTour('New', kronstadt)).toMatchObject({ kind: 'failed' });
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
  });

  it('says so when the tour was deleted meanwhile, and a new tour needs a title', () => {
    expect(addEventToTour('gone', kronstadt)).toEqual({
      kind: 'failed',
      message: 'That tour is no longer saved in this browser.',
    });
    expect(addEventToNewTour('   ', kronstadt)).toEqual({ kind: 'failed', message: 'A tour needs a title.' });
    expect(localStorage.getItem(STORE_KEY)).toBeNull();
  });
});
