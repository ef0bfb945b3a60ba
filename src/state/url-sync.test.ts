import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeWindow } from './fake-window.test-support';
import { useAppStore } from './store';
import { NO_HASH } from './url-hash';
import { startUrlSync } from './url-sync';

let stop: () => void = () => undefined;
const store = () => useAppStore.getState();
/** Starts syncing a fresh store with a tab at `address`. */
function arrive(address: string) {
  const tab = fakeWindow(address);
  stop = startUrlSync(tab.env);
  return tab;
}

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(() => stop());

describe('url-sync', () => {
  it('reads the address the reader arrived at, hash included, and tidies its query in place', () => {
    const tab = arrive('/app/?step=2&tour=t&view=present#presenter');
    expect([store().view, store().tour, store().step, store().hash]).toEqual([
      'present',
      't',
      2,
      { kind: 'presenter' },
    ]);
    expect(tab.address()).toBe('?view=present&tour=t&step=2#presenter');
    expect(tab.length()).toBe(1);
  });

  it('keeps embed=1 in the address through navigations, a filter and Back', () => {
    const tab = arrive('/app/?factions=workers-opposition&embed=1');
    expect(store().embed).toBe(true);
    store().navigate({ view: 'list', event: 'tenth-party-congress' });
    expect(tab.address()).toBe('?view=list&event=tenth-party-congress&factions=workers-opposition&embed=1');
    store().toggleFilter('kinds', 'congress');
    store().navigate({ view: 'present', tour: 'how-dissent-was-silenced' });
    expect(tab.address()).toBe(
      '?view=present&tour=how-dissent-was-silenced&step=1&factions=workers-opposition&kinds=congress&embed=1',
    );
    tab.back();
    expect(store().embed).toBe(true);
    expect(tab.address()).toMatch(/&embed=1$/);
  });

  it('names what it dropped from a link', () => {
    arrive('/app/?view=map');
    expect(store().notices.map((n) => n.message)).toEqual(['There is no "map" view; showing the timeline.']);
    expect(store().view).toBe('timeline');
  });

  it('adds a history entry for a selection and replaces it for a pan', () => {
    const tab = arrive('/app/');
    store().select('tenth-party-congress');
    expect(tab.address()).toBe('?event=tenth-party-congress');
    expect(tab.length()).toBe(2);
    store().setTimeWindow({ from: Date.UTC(1921, 0, 1), to: Date.UTC(1922, 0, 1) });
    expect(tab.address()).toBe('?event=tenth-party-congress&from=1921-01-01&to=1921-12-31');
    expect(tab.length()).toBe(2);
  });

  it('restores the state of each entry on Back and Forward', () => {
    const tab = arrive('/app/');
    store().select('a');
    store().toggleFilter('kinds', 'congress');
    tab.back();
    expect(store().selectedId).toBe('a');
    expect(store().filters.kinds).toEqual([]);
    // Back and forward bring their own window: nothing is to be re-framed.
    expect(store().reframe).toBe(false);
    tab.back();
    expect(store().selectedId).toBeNull();
    tab.forward();
    tab.forward();
    expect([store().selectedId, store().filters.kinds]).toEqual(['a', ['congress']]);
    expect(tab.length()).toBe(3);
  });

  it('opens the editor as a step in history and leaves it in place', () => {
    const tab = arrive('/app/?view=present');
    store().setHash({ kind: 'edit', tourId: null });
    expect(tab.address()).toBe('?view=present#edit');
    expect(tab.length()).toBe(2);
    tab.back();
    expect(store().hash).toEqual(NO_HASH);
    tab.forward();
    expect(store().hash).toEqual({ kind: 'edit', tourId: null });
    store().setHash(NO_HASH);
    expect(tab.address()).toBe('?view=present');
    expect(tab.length()).toBe(2);
  });

  it('goes from an event to the editor at a tour in one entry', () => {
    const tab = arrive('/app/?event=e');
    store().navigate({ view: 'present', event: 'e', hash: { kind: 'edit', tourId: 'a b' } });
    expect(tab.address()).toBe('?view=present&event=e#edit=a%20b');
    expect(tab.length()).toBe(2);
    tab.back();
    expect([store().view, store().hash.kind]).toEqual(['timeline', 'none']);
  });

  it('keeps a shared tour’s hash while the query changes under it', () => {
    const tab = arrive('/app/?view=present#tour=abc');
    store().present('shared-one');
    store().setStep(2);
    expect(tab.address()).toBe('?view=present&tour=shared-one&step=2#tour=abc');
    expect(store().hash).toEqual({ kind: 'shared-tour', data: 'abc' });
  });

  it('leaves a hash it does not own (an anchor in the text) in the address', () => {
    const tab = arrive('/app/?view=source');
    tab.follow('#section-3');
    expect(store().hash).toEqual(NO_HASH);
    store().setTimeWindow({ from: Date.UTC(1921, 0, 1), to: Date.UTC(1922, 0, 1) });
    expect(tab.address()).toBe('?view=source&from=1921-01-01&to=1921-12-31#section-3');
    // …until the store's own hash changes.
    store().navigate({ view: 'present', hash: { kind: 'edit', tourId: null } });
    expect(tab.address()).toBe('?view=present&from=1921-01-01&to=1921-12-31#edit');
  });

  it('reads a hash typed or followed within the page', () => {
    const tab = arrive('/app/?view=present');
    tab.follow('#edit=kronstadt-ab12');
    expect(store().hash).toEqual({ kind: 'edit', tourId: 'kronstadt-ab12' });
  });

  it('stops writing the address once stopped', () => {
    const tab = arrive('/app/');
    stop();
    store().select('a');
    expect(tab.address()).toBe('');
  });
});

describe('url-sync on an odd address', () => {
  it('writes a path that starts with // as one slash, so history accepts it', () => {
    const tab = fakeWindow('https://example.org//history/oppositions/?view=list');
    stop = startUrlSync(tab.env);
    expect(tab.path()).toBe('/history/oppositions/');
    expect(() => store().setView('timeline')).not.toThrow();
    expect(tab.path()).toBe('/history/oppositions/');
    expect(tab.address()).toBe('');
    store().select('tenth-party-congress');
    expect(tab.address()).toBe('?event=tenth-party-congress');
  });

  it('tells of everything a link lost in one notice, and drops tracking parameters from the address', () => {
    const unknown = Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&');
    const tab = arrive(`/app/?view=map&utm_source=mail&fbclid=1&${unknown}`);
    expect(store().notices.map((n) => n.message)).toEqual([
      'Parts of this link could not be used as given. There is no "map" view; showing the timeline. The link parameters "p0", "p1", "p2" and 997 more are not ones this app knows; ignored.',
    ]);
    expect(tab.address()).toBe('');
  });

  it('says nothing about a link that carries only tracking parameters', () => {
    const tab = arrive('/app/?event=kronstadt&utm_source=a&utm_medium=b&utm_campaign=c&gclid=d');
    expect(store().notices).toEqual([]);
    expect(tab.address()).toBe('?event=kronstadt');
  });
});
