// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testFaction } from '../test-support/factions';
import {
  fakeCssEscape,
  fakeLayout,
  fakeMatchMedia,
  fakeResizeObserver,
  fakeTextMeasure,
} from '../test-support/jsdom-layout';
import type { EngineCallbacks, ItemState } from './engine/engine';
import type { Drawn } from './layout/plan';
import { itemModel } from './test-models.test-support';
import { TimelineView } from './timeline-view';

/**
 * How long to wait for what the view does in later frames (the first render of a run also loads
 * its code) before failing: generous, as the unit tests share a machine's cores with other work.
 */
const LOADING = { timeout: 5000 };

/**
 * vis-timeline stood in for by an engine with the real one's contract (engine/engine.ts): built
 * out of sight (hidden from Tab and screen readers) in the container, it draws the items it is
 * given as buttons named as the real ones are, reports a draw only when the test says it has
 * drawn, and is reachable once it takes over. Its code loads, or fails to, when the test says so.
 */
const engine = vi.hoisted(() => {
  const state = {
    built: [] as FakeEngine[],
    loads: 0,
    fail: false,
  };
  class FakeEngine {
    readonly root = document.createElement('div');
    destroyed = false;
    private items: readonly Drawn[] = [];
    private itemState: ItemState = { selectedId: null, tabStopId: null };
    constructor(
      container: HTMLElement,
      readonly callbacks: EngineCallbacks,
    ) {
      this.root.className = 'timeline__engine';
      this.root.inert = true;
      this.root.setAttribute('aria-hidden', 'true');
      container.append(this.root);
      state.built.push(this);
    }
    setLanes() {}
    setItems(drawn: readonly Drawn[]) {
      this.items = drawn;
      this.render();
    }
    /** In place, as the real engine updates its drawn elements. */
    setState(itemState: ItemState) {
      this.itemState = itemState;
      for (const el of this.root.querySelectorAll<HTMLElement>('[data-event-id]')) {
        el.setAttribute('aria-pressed', String(el.dataset.eventId === itemState.selectedId));
        el.tabIndex = el.dataset.eventId === itemState.tabStopId ? 0 : -1;
      }
    }
    setWindow() {}
    /** vis-timeline's 'changed': it has drawn. */
    draw() {
      this.callbacks.onDrawn();
    }
    takeOver() {
      this.root.inert = false;
      this.root.removeAttribute('aria-hidden');
    }
    destroy() {
      this.destroyed = true;
      this.root.remove();
    }
    private render() {
      this.root.replaceChildren(
        ...this.items.flatMap((d) => {
          if (d.kind !== 'event') return [];
          const el = document.createElement('span');
          el.setAttribute('role', 'button');
          el.setAttribute('aria-label', `${d.model.title}, ${d.model.dateText()}`);
          el.setAttribute('aria-pressed', String(d.model.id === this.itemState.selectedId));
          el.tabIndex = d.model.id === this.itemState.tabStopId ? 0 : -1;
          el.dataset.eventId = d.model.id;
          el.textContent = d.model.name;
          return [el];
        }),
      );
    }
  }
  /** The engine's module as the view imports it: counted, and failing while `fail` is set. */
  const load = () => {
    state.loads += 1;
    if (state.fail) throw new Error('Failed to fetch dynamically imported module');
    return { TimelineEngine: FakeEngine };
  };
  return { state, load };
});

const LANES = [
  testFaction('left-communists', 'Left Communists'),
  testFaction('workers-opposition', "Workers' Opposition"),
];
const MODELS = [
  itemModel('brest', 'left-communists', 1918, {
    title: 'Brest-Litovsk',
    name: 'Brest-Litovsk',
    landmark: true,
  }),
  itemModel('kommunist', 'left-communists', 1919, { title: 'Kommunist closed', name: 'Kommunist closed' }),
  itemModel('tenth', 'workers-opposition', 1921, {
    title: 'Tenth Congress',
    name: 'Tenth Congress',
    landmark: true,
  }),
  itemModel('arrests', 'workers-opposition', 1923, { title: 'Arrests', name: 'Arrests' }),
];
const WINDOW = { from: Date.UTC(1917, 0, 1), to: Date.UTC(1925, 0, 1) };

/** A 1280 px screen's timeline: lane names 160 px wide beside 940 px of lanes, 40 px of axis. */
const LAYOUT = [
  ['.timeline__scroll', { width: 1100, height: 500 }],
  ['.timeline__canvas', { width: 1100, height: 460 }],
  ['.vis-labelset', { width: 160, height: 460 }],
  ['.tl-header', { width: 1100, height: 40 }],
  ['.vis-label .vis-inner', { width: 150, height: 30 }],
  ['.tl-sample .tl-named > .vis-item-content', { width: 46, height: 24 }],
  ['.tl-sample .tl-bare > .vis-item-content', { width: 24, height: 24 }],
  ['.tl-sample .tl-cluster-badge > .vis-item-content', { width: 30, height: 24 }],
  ['.tl-item__title', { width: 16, height: 18 }],
  ['.tl-cluster', { width: 22, height: 18 }],
  ['.vis-dot', { width: 8, height: 8 }],
  ['.vis-item-content', { width: 110, height: 24 }],
  ['.vis-range', { width: 100, height: 24 }],
] as const;

function renderTimeline() {
  const onSelect = vi.fn<(id: string) => void>();
  const onWindowChange = vi.fn();
  render(
    <TimelineView
      models={MODELS}
      lanes={LANES}
      selectedId={null}
      timeWindow={WINDOW}
      onSelect={onSelect}
      onWindowChange={onWindowChange}
    />,
  );
  return { onSelect, onWindowChange };
}

/** The group the events are drawn in, found by its role and name once per test (role queries are slow in jsdom). */
let eventsGroup: HTMLElement | null = null;
const events = () => (eventsGroup ??= screen.getByRole('group', { name: 'Events by faction' }));
const item = (name: string) => within(events()).getByRole('button', { name: new RegExp(`^${name},`) });
/** The preview's items (built by React), as opposed to the engine's. */
const inPreview = (el: Element) => el.closest('.tl-preview') !== null;
const latestEngine = () => engine.state.built.at(-1);

/** Waits until the preview has measured the lanes and drawn its items. */
async function previewDrawn() {
  await waitFor(() => expect(events().querySelector('.tl-preview [data-event-id]')).not.toBeNull(), LOADING);
}

/** The reader reaches for the timeline; resolves once the engine is built, drawing out of sight. */
async function reachAndBuild() {
  fireEvent.pointerEnter(screen.getByRole('region', { name: 'Timeline' }));
  await waitFor(() => expect(latestEngine()).toBeDefined(), LOADING);
  // Built is not yet given its items (the next effect does that): a draw before then has nothing
  // to hand focus to.
  await waitFor(() => expect(latestEngine()?.root.querySelector('[data-event-id]')).not.toBeNull(), LOADING);
}

beforeEach(() => {
  fakeLayout(LAYOUT);
  fakeResizeObserver();
  fakeTextMeasure();
  fakeCssEscape();
  // Windows change at once, without a glide of frames.
  fakeMatchMedia({ width: 1280, reducedMotion: true });
  engine.state.built = [];
  engine.state.loads = 0;
  engine.state.fail = false;
  // Registered anew for each test, so each test's view imports the engine afresh.
  vi.doMock('./engine/engine', engine.load);
});
afterEach(() => {
  cleanup();
  eventsGroup = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('TimelineView before the engine', () => {
  it('draws every event in the window as a named button, with one Tab stop, without loading the engine', async () => {
    renderTimeline();
    await previewDrawn();
    for (const name of ['Brest-Litovsk', 'Kommunist closed', 'Tenth Congress', 'Arrests'])
      expect(inPreview(item(name))).toBe(true);
    const tabStops = within(events())
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(tabStops.map((b) => b.getAttribute('aria-label'))).toEqual(['Brest-Litovsk, 1918']);
    expect(engine.state.loads).toBe(0);
  });

  it('selects an event clicked on the preview', async () => {
    const { onSelect } = renderTimeline();
    await previewDrawn();
    fireEvent.click(item('Tenth Congress'));
    expect(onSelect).toHaveBeenCalledWith('tenth');
  });
});

describe('TimelineView handing over to the engine', () => {
  it('keeps the preview while the engine draws out of sight, then puts the engine in its place, and destroys it on unmount', async () => {
    renderTimeline();
    await previewDrawn();
    await reachAndBuild();
    // Built and given the items, but not yet drawn: the reader still sees and uses the preview.
    expect(inPreview(item('Tenth Congress'))).toBe(true);
    expect(within(events()).getAllByRole('button', { name: /^Tenth Congress,/ })).toHaveLength(1);

    act(() => latestEngine()?.draw());
    expect(inPreview(item('Tenth Congress'))).toBe(false);
    expect(events().querySelector('.tl-preview')).toBeNull();
    expect(item('Tenth Congress').closest('.timeline__engine')).toBe(latestEngine()?.root);

    cleanup();
    expect(latestEngine()?.destroyed).toBe(true);
  });

  it('keeps keyboard focus on its event when the engine takes over', async () => {
    renderTimeline();
    await previewDrawn();
    item('Kommunist closed').focus();
    await reachAndBuild();
    act(() => latestEngine()?.draw());
    expect(inPreview(item('Kommunist closed'))).toBe(false);
    expect(document.activeElement).toBe(item('Kommunist closed'));
  });

  it('holds the swap while a press on the preview lasts, so its click lands there, and swaps on release', async () => {
    const { onSelect } = renderTimeline();
    await previewDrawn();
    await reachAndBuild();

    const congress = item('Tenth Congress');
    fireEvent.pointerDown(congress, { pointerId: 1 });
    act(() => latestEngine()?.draw());
    // Drawn, but the press began on the preview: it stays for the click.
    expect(inPreview(item('Tenth Congress'))).toBe(true);
    fireEvent.pointerUp(window, { pointerId: 1 });
    fireEvent.click(congress);
    expect(onSelect).toHaveBeenCalledWith('tenth');
    expect(inPreview(item('Tenth Congress'))).toBe(true);

    // The release is sent after the click the lifting made; then the engine takes over.
    await waitFor(() => expect(inPreview(item('Tenth Congress'))).toBe(false), LOADING);
  });

  it('answers keys on the preview while the engine is loading: arrows move focus, Enter opens, + zooms', async () => {
    const { onSelect, onWindowChange } = renderTimeline();
    await previewDrawn();
    item('Brest-Litovsk').focus();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(item('Kommunist closed')), LOADING);
    // The key reached for the timeline: the engine is on its way, the preview still answers.
    await waitFor(() => expect(latestEngine()).toBeDefined(), LOADING);
    expect(inPreview(document.activeElement as Element)).toBe(true);

    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('kommunist');

    fireEvent.keyDown(document.activeElement as Element, { key: '+' });
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    const zoomed = onWindowChange.mock.calls[0]?.[0] as { from: number; to: number };
    expect(zoomed.to - zoomed.from).toBeLessThan(WINDOW.to - WINDOW.from);
    expect(screen.getByText(/^Showing /)).toBeTruthy();
  });
});

describe('TimelineView when the engine cannot load', () => {
  it('keeps the preview working, says nothing alarming, and tries again on the next reach', async () => {
    engine.state.fail = true;
    const { onSelect } = renderTimeline();
    await previewDrawn();
    fireEvent.pointerEnter(screen.getByRole('region', { name: 'Timeline' }));
    await waitFor(() => expect(engine.state.loads).toBe(1), LOADING);
    // The failed import's rejection is handled (the handover back to the preview) before looking.
    await act(() => Promise.resolve());

    expect(latestEngine()).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(item('Arrests'));
    expect(onSelect).toHaveBeenCalledWith('arrests');
    expect(inPreview(item('Arrests'))).toBe(true);

    engine.state.fail = false;
    fireEvent.pointerEnter(screen.getByRole('region', { name: 'Timeline' }));
    await waitFor(() => expect(latestEngine()).toBeDefined(), LOADING);
    expect(engine.state.loads).toBe(2);
  });
});
