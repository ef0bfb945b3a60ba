// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { Tour } from '../../data/tour-schema';
import type { Dataset } from '../../data/validate-dataset';
import { useAppStore } from '../../state/store';
import { NO_HASH, type UrlHash } from '../../state/url';
import { fakeMatchMedia } from '../../test-support/jsdom-layout';
import { PRESENT_CHANNEL } from './channel-message';
import PresentRoute from './present-route';
import { encodeTour } from '../../lib/share-link';
import { useSavedTours } from '../../state/saved-tours';
import { STORE_KEY } from '../../state/saved-tours-storage';
import { resetSavedTours } from '../../state/saved-tours.test-support';

/**
 * How long to wait for what the route loads (the tours file, the first render of a run) before
 * failing: generous, as the unit tests share a machine's cores with other work.
 */
const LOADING = { timeout: 5000 };

const TOURS = JSON.parse(readFileSync('data/tours.json', 'utf8')) as Tour[];
const [GLANCE] = TOURS;
if (!GLANCE) throw new Error('data/tours.json holds no tours');
const titleOf = (eventId: string | undefined) =>
  realDataset().events.find((e) => e.id === eventId)?.title ?? `no event ${eventId}`;
const stepTitle = (n: number) => titleOf(GLANCE.steps[n - 1]?.event);

/** The tour editor is another feature, given by app/: a stand-in here. */
function EditorStandIn() {
  return <p>The tour editor</p>;
}

/**
 * The route as the app shows it: the tour and step live in the store's URL state, which the
 * route reads and changes through the store's actions. `address` reads them back. Each render
 * gets a dataset of its own, so the tours are fetched for it (the route caches them per dataset).
 */
function renderRoute(initial: { tourId?: string | null; step?: number | null; hash?: UrlHash } = {}) {
  const dataset: Dataset = { ...realDataset(), events: [...realDataset().events] };
  useAppStore.setState({
    view: 'present',
    tour: initial.tourId ?? null,
    step: initial.step ?? null,
    hash: initial.hash ?? NO_HASH,
  });
  const address = {
    get tourId() {
      return useAppStore.getState().tour;
    },
    get step() {
      return useAppStore.getState().step;
    },
  };
  const notices = () => useAppStore.getState().notices.map((n) => n.message);
  route = render(<PresentRoute dataset={dataset} editor={EditorStandIn} />).container;
  return { notices, address };
}

/** The built-in tours file as the server sends it. */
function serveTours(body: string | null = JSON.stringify(TOURS)) {
  const fetch = vi.fn((url: string) =>
    Promise.resolve(
      url.endsWith('data/tours.json') && body !== null
        ? new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
        : new Response('Not found', { status: 404 }),
    ),
  );
  vi.stubGlobal('fetch', fetch);
}

const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
/** The slide (the printed handout, also in the page, is an article too). */
const SLIDE = { name: /^Step \d+ of \d+$/ };
/**
 * Where the route draws, less the printed handout (a portal into <body>): queries look here, as
 * role queries over the whole handout are slow in jsdom.
 */
let route: HTMLElement = document.body;
const slide = () => within(route).getByRole('article', SLIDE);
/**
 * A tour's Start button. Its name is "Start “title”"; Testing Library's name computation
 * (dom-accessibility-api) drops the space before the title's hidden span, which browsers keep.
 */
const startButton = (title: string) =>
  screen.getByRole('button', { name: (name) => name.replace(/^Start ?/, 'Start ') === `Start “${title}”` });
/**
 * Waits for the slide, and for focus on it: the slide takes focus in the same effects that start
 * its key listener, which may run a moment after the slide is drawn.
 */
async function slideShown() {
  const shown = await within(route).findByRole('article', SLIDE, LOADING);
  await waitFor(() => expect(document.activeElement?.contains(shown)).toBe(true), LOADING);
}
const picker = () => screen.findByRole('heading', { name: 'Present a tour' }, LOADING);

beforeEach(() => {
  fakeMatchMedia({ width: 1280 });
  serveTours();
});
afterEach(() => {
  cleanup();
  route = document.body;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // The presenter window is known by its address's hash and its name: neither may outlive a test.
  window.history.replaceState(null, '', '/');
  window.name = '';
  useAppStore.setState(useAppStore.getInitialState(), true);
  resetSavedTours();
});

describe('PresentRoute, choosing a tour', () => {
  it('lists the built-in tours, and starting one shows its first step on the slide', async () => {
    const { address } = renderRoute();
    await picker();
    for (const tour of TOURS)
      expect(screen.getByRole('heading', { level: 3, name: tour.title })).toBeTruthy();

    fireEvent.click(startButton(GLANCE.title));
    // The room first sees how to join on a phone (the code itself is checked by e2e, decoded).
    const join = screen.getByRole('region', { name: 'Follow on your phone' });
    fireEvent.click(within(join).getByRole('button', { name: 'Begin the tour' }));
    expect(slide().getAttribute('aria-label')).toBe(`Step 1 of ${GLANCE.steps.length}`);
    expect(within(slide()).getByRole('heading', { level: 2 }).textContent).toBe(stepTitle(1));
    // The address names the slide shown.
    expect(address).toEqual({ tourId: GLANCE.id, step: 1 });
    // Focus is on the slide, so keys work without a click first.
    expect(document.activeElement?.contains(slide())).toBe(true);
  });

  it('starts on the first step without the Join slide when the teacher skips it', async () => {
    renderRoute();
    await picker();
    fireEvent.click(screen.getByRole('checkbox', { name: /Begin with a Join slide/ }));
    fireEvent.click(startButton(GLANCE.title));
    expect(screen.queryByRole('region', { name: 'Follow on your phone' })).toBeNull();
    expect(slide().getAttribute('aria-label')).toBe(`Step 1 of ${GLANCE.steps.length}`);
  });

  it('says once that a linked tour does not exist, and offers the tours that do', async () => {
    const { notices } = renderRoute({ tourId: 'no-such-tour', step: 2 });
    await picker();
    expect(within(route).queryByRole('article', SLIDE)).toBeNull();
    await waitFor(() => expect(notices()).not.toEqual([]), LOADING);
    expect(notices()).toEqual(['There is no tour “no-such-tour”: choose one of the tours below.']);
    expect(startButton(GLANCE.title)).toBeTruthy();
  });

  it('says why when the tours cannot be loaded', async () => {
    serveTours(null);
    renderRoute();
    const alert = await screen.findByRole('alert', {}, LOADING);
    expect(alert.textContent).toBe(
      'The tours could not be loaded: data/tours.json could not be fetched (HTTP 404).',
    );
  });
});

describe('PresentRoute, saved and shared tours it cannot fully show', () => {
  it('lists a saved tour whose step names a missing event, marks that step, and its slide says so', async () => {
    const [a, b] = realDataset().events;
    const mine: Tour = {
      id: 'mine',
      title: 'Mine',
      steps: [{ event: a?.id ?? '' }, { event: 'gone-from-the-data' }, { event: b?.id ?? '' }],
    };
    resetSavedTours([mine]);
    const { notices } = renderRoute();
    await picker();
    expect(
      within(screen.getByRole('list', { name: 'Steps of “Mine” with a missing event' })).getByRole('listitem')
        .textContent,
    ).toBe('Step 2: its event “gone-from-the-data” is not in the timeline.');
    expect(notices()).toEqual([]);
    cleanup();
    renderRoute({ tourId: 'mine', step: 2 });
    expect(
      await screen.findByText(
        "This step's event, “gone-from-the-data”, is not in the timeline.",
        {},
        LOADING,
      ),
    ).toBeTruthy();
  });

  it('tells in the picker that the saved tours are damaged, as the editor does', async () => {
    localStorage.setItem(STORE_KEY, '{"version":1,"tours":[{"id":"x"}]');
    await useSavedTours.persist.rehydrate();
    renderRoute();
    await picker();
    expect(screen.getByRole('alert').textContent).toBe(
      'The saved tours are damaged (not JSON); they were left as they are.',
    );
  });

  it('gives a shared tour that takes a built-in tour’s id another id, so it never shows as the built-in', async () => {
    const [a] = realDataset().events;
    const impostor: Tour = { id: GLANCE.id, title: 'Not the built-in', steps: [{ event: a?.id ?? '' }] };
    const data = await encodeTour(impostor, 'colleague');
    const hash: UrlHash = { kind: 'shared-tour', data };
    renderRoute({ hash });
    await screen.findByRole('heading', { name: 'Shared tour: Not the built-in' }, LOADING);
    cleanup();
    // The built-in tour's address shows the built-in tour, link or no link…
    renderRoute({ tourId: GLANCE.id, step: 1, hash });
    await slideShown();
    expect(within(route).getByRole('heading', { level: 1 }).textContent).toBe(GLANCE.title);
    cleanup();
    // …and the shared tour has an id of its own, the same each time the link opens.
    renderRoute({ tourId: `${GLANCE.id}-shared`, step: 1, hash });
    await slideShown();
    expect(within(route).getByRole('heading', { level: 1 }).textContent).toBe('Not the built-in');
  });
});

describe('PresentRoute, stepping', () => {
  it('steps with the arrow keys, Space, the clicker’s PageUp and PageDown, Home and End', async () => {
    const { address } = renderRoute({ tourId: GLANCE.id, step: 1 });
    await slideShown();
    const count = GLANCE.steps.length;
    const expectStep = (n: number) => {
      expect(slide().getAttribute('aria-label')).toBe(`Step ${n} of ${count}`);
      expect(within(slide()).getByRole('heading', { level: 2 }).textContent).toBe(stepTitle(n));
      expect(address.step).toBe(n);
    };
    press('ArrowRight');
    expectStep(2);
    press(' ');
    expectStep(3);
    press('PageDown');
    expectStep(4);
    press('PageUp');
    expectStep(3);
    press('ArrowLeft');
    expectStep(2);
    press('End');
    expectStep(count);
    press('ArrowRight');
    expectStep(count);
    press('Home');
    expectStep(1);
    expect(within(route).getByRole('status').textContent).toBe(`Step 1 of ${count}: ${stepTitle(1)}`);
  });

  it('steps with the Previous and Next buttons, which say when there is no step further', async () => {
    renderRoute({ tourId: GLANCE.id, step: 1 });
    await slideShown();
    const previous = screen.getByRole('button', { name: 'Previous' });
    const next = screen.getByRole('button', { name: 'Next' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(slide().getAttribute('aria-label')).toBe(`Step 2 of ${GLANCE.steps.length}`);
    expect(previous.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(previous);
    expect(slide().getAttribute('aria-label')).toBe(`Step 1 of ${GLANCE.steps.length}`);
  });

  it('corrects a step past the end to the last one, and says so', async () => {
    const { address, notices } = renderRoute({ tourId: GLANCE.id, step: 99 });
    await slideShown();
    await waitFor(() => expect(address.step).toBe(GLANCE.steps.length), LOADING);
    const last = GLANCE.steps.length;
    expect(notices()).toEqual([
      `Step 99 is past the end of “${GLANCE.title}”, which has ${last} steps: showing step ${last}.`,
    ]);
    expect(within(slide()).getByRole('heading', { level: 2 }).textContent).toBe(
      stepTitle(GLANCE.steps.length),
    );
  });

  it('blanks the screen on B until any key, which does nothing else, and leaves on Esc at its event', async () => {
    renderRoute({ tourId: GLANCE.id, step: 2 });
    await slideShown();
    press('b');
    expect(within(route).getByRole('status').textContent).toBe('Screen blanked. Press any key to return.');
    press('ArrowRight');
    expect(slide().getAttribute('aria-label')).toBe(`Step 2 of ${GLANCE.steps.length}`);
    press('Escape');
    const { view, selectedId } = useAppStore.getState();
    expect({ view, selectedId }).toEqual({ view: 'timeline', selectedId: GLANCE.steps[1]?.event });
  });
});

describe('PresentRoute, the presenter window', () => {
  it('opens the presenter view in a named window at the step shown, and says when pop-ups are blocked', async () => {
    const open = vi.fn<typeof window.open>(() => null);
    vi.stubGlobal('open', open);
    renderRoute({ tourId: GLANCE.id, step: 3 });
    await slideShown();
    fireEvent.click(screen.getByRole('button', { name: 'Presenter view' }));
    const [href, name] = open.mock.calls[0] ?? [];
    const url = new URL(String(href), 'http://localhost/');
    expect(url.searchParams.get('view')).toBe('present');
    expect(url.searchParams.get('tour')).toBe(GLANCE.id);
    expect(url.searchParams.get('step')).toBe('3');
    expect(url.hash).toBe('#presenter');
    expect(name).toBe('oppositions-presenter');
    expect(within(route).getByRole('status').textContent).toBe(
      'The browser blocked the presenter window: allow pop-ups for this site, then try again.',
    );
  });

  it('shows the teacher this step with its note, the next step, and follows the room’s steps', async () => {
    const { address } = renderRoute({ tourId: GLANCE.id, step: 1, hash: { kind: 'presenter' } });
    const now = await screen.findByRole('region', { name: 'Now showing' }, LOADING);
    expect(within(route).queryByRole('article', SLIDE)).toBeNull();
    expect(within(now).getByRole('heading', { level: 3 }).textContent).toBe(stepTitle(1));
    expect(within(now).getByText(GLANCE.steps[0]?.note ?? 'No note for this step.')).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Next' });
    expect(within(next).getByRole('heading', { level: 3 }).textContent).toBe(stepTitle(2));

    // The room's window steps on: the presenter's follows. (Its channel opens in the effects that
    // focus the view: waited for, so the message finds it open.)
    await waitFor(() => expect(document.activeElement?.contains(now)).toBe(true), LOADING);
    const room = new BroadcastChannel(PRESENT_CHANNEL);
    try {
      room.postMessage({ tour: GLANCE.id, step: 4, sender: 'the-room' });
      await waitFor(() => expect(address.step).toBe(4), LOADING);
    } finally {
      room.close();
    }
    expect(within(now).getByRole('heading', { level: 3 }).textContent).toBe(stepTitle(4));

    // Its own keys step too.
    press('ArrowRight');
    expect(within(now).getByRole('heading', { level: 3 }).textContent).toBe(stepTitle(5));
    await act(() => Promise.resolve());
  });
});
