import { beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from './slices';
import { useAppStore } from './store';

const store = () => useAppStore.getState();
const W = { from: Date.UTC(1921, 0, 1), to: Date.UTC(1922, 0, 1) };

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('navigate', () => {
  it('shows an event on the timeline, dropping the passage and tour it came from', () => {
    useAppStore.setState({ view: 'source', selectedId: 'a', passage: 2, tour: 't', step: 3 });
    store().navigate({ view: 'timeline', event: 'b' });
    const { view, selectedId, passage, tour, step } = store();
    expect({ view, selectedId, passage, tour, step }).toEqual({
      view: 'timeline',
      selectedId: 'b',
      passage: null,
      tour: null,
      step: null,
    });
  });

  it('keeps the filters, the window and the hash unless it is given them', () => {
    store().toggleFilter('kinds', 'congress');
    store().frameResults(W);
    store().setHash({ kind: 'shared-tour', data: 'abc' });
    store().navigate({ view: 'timeline', event: 'b' });
    expect([store().filters.kinds, store().timeWindow, store().hash.kind, store().reframe]).toEqual([
      ['congress'],
      W,
      'shared-tour',
      false,
    ]);
  });

  it('replaces the filters when given them, and asks for their results to be framed', () => {
    store().setFilters({ q: 'Kronstadt', kinds: ['congress'] });
    store().frameResults(W);
    store().navigate({ view: 'timeline', filters: { ...NO_FILTERS, factions: ['workers-opposition'] } });
    expect(store().filters).toEqual({ ...NO_FILTERS, factions: ['workers-opposition'] });
    expect(store().reframe).toBe(true);
  });

  it('starts a tour at its first step, and opens what a hash names', () => {
    store().navigate({ view: 'present', tour: 't' });
    expect([store().tour, store().step]).toEqual(['t', 1]);
    store().navigate({ view: 'present', event: 'e', hash: { kind: 'edit', tourId: 'mine' } });
    expect([store().tour, store().step, store().selectedId, store().hash]).toEqual([
      null,
      null,
      'e',
      { kind: 'edit', tourId: 'mine' },
    ]);
  });
});

describe('the view slice', () => {
  it('opens the source at one of an event’s quotations, and a plain view change forgets the passage', () => {
    store().readInContext('a', 2);
    expect([store().view, store().selectedId, store().passage]).toEqual(['source', 'a', 2]);
    store().setView('list');
    expect([store().view, store().selectedId, store().passage]).toEqual(['list', 'a', null]);
  });

  it('presents a tour from step 1 or a given step, and no tour with no step', () => {
    store().present('t');
    expect([store().view, store().tour, store().step]).toEqual(['present', 't', 1]);
    store().present('t', 4);
    expect(store().step).toBe(4);
    store().present(null, 4);
    expect([store().tour, store().step]).toEqual([null, null]);
  });
});

describe('the filter slice', () => {
  it('toggles a value in and out, and each change asks for a re-frame', () => {
    store().toggleFilter('factions', 'a');
    store().toggleFilter('factions', 'b');
    expect(store().filters.factions).toEqual(['a', 'b']);
    expect(store().reframe).toBe(true);
    store().frameResults(W);
    expect([store().timeWindow, store().reframe]).toEqual([W, false]);
    store().toggleFilter('factions', 'a');
    expect([store().filters.factions, store().reframe]).toEqual([['b'], true]);
  });

  it('patches the filters and clears them all', () => {
    store().toggleFilter('people', 'lenin');
    store().setFilters({ q: 'Kronstadt' });
    expect(store().filters).toEqual({ ...NO_FILTERS, people: ['lenin'], q: 'Kronstadt' });
    store().clearFilters();
    expect(store().filters).toEqual(NO_FILTERS);
  });

  it('asks for a re-frame and drops the request without touching the window or the filters', () => {
    store().frameResults(W);
    store().askToFrame(true);
    expect([store().reframe, store().timeWindow, store().filters]).toEqual([true, W, NO_FILTERS]);
    store().askToFrame(false);
    expect([store().reframe, store().timeWindow]).toEqual([false, W]);
  });
});

describe('the selection and notice slices', () => {
  it('selects and clears the open event', () => {
    store().select('a');
    expect(store().selectedId).toBe('a');
    store().select(null);
    expect(store().selectedId).toBeNull();
  });

  it('says each thing once, and forgets a dismissed notice', () => {
    store().notify('One');
    store().notify('One');
    store().notify('Two');
    expect(store().notices.map((n) => n.message)).toEqual(['One', 'Two']);
    const [first] = store().notices;
    if (first) store().dismiss(first.id);
    expect(store().notices.map((n) => n.message)).toEqual(['Two']);
  });
});

describe('the data slice', () => {
  it('is ready once the listing is in, and adds the errors found joining the text', () => {
    const listing = { events: [], factions: [], people: [] };
    const error = (id: string) => ({ file: 'f', id, field: 'x', message: 'm' });
    store().setListing(listing, [error('a')]);
    expect(store().status).toBe('ready');
    store().setDataset({ events: [], factions: [], people: [] }, [error('b')]);
    expect(store().dataErrors.map((e) => e.id)).toEqual(['a', 'b']);
    store().setLoadFailure('gone');
    expect([store().status, store().loadFailure]).toEqual(['failed', 'gone']);
  });
});
