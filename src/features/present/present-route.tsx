import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDataError } from '../../data/data-error';
import type { Dataset } from '../../data/validate-dataset';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { selectSavedTours, useSavedTours } from '../../state/saved-tours';
import { hrefFor, NO_HASH } from '../../state/url';
import { loadTours, type LoadedTours } from './load-tours';
import { PresenterView } from './presenter-view';
import { SlideView } from './slide-view';
import { clampStep } from './step-logic';
import { describeTour, eventsById } from './step-view';
import { TourHandout } from './tour-handout';
import type { TourEditorSlot } from './tour-editor-slot';
import { TourPicker } from './tour-picker';
import { useStepChannel } from './use-step-channel';
import type { Tour } from '../../data/tour-schema';
import { validateTours } from '../../data/validate-tours';
import { decodeTour, type DecodedTour } from '../../lib/share-link';
import './present.css';

export interface PresentRouteProps {
  /** The events whole: app/ shows this route once their text is in. */
  dataset: Dataset;
  /** The tour editor, shown at `#edit`; given by the app, as it is another feature. */
  editor: TourEditorSlot;
}

/** The name of the presenter's window: window.open reuses it, so a second click does not open a third window. */
const PRESENTER_WINDOW = 'oppositions-presenter';

const selectHash = (s: AppState) => s.hash;
const selectTour = (s: AppState) => s.tour;
const selectStep = (s: AppState) => s.step;

type ToursState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; tours: LoadedTours['tours'] };

/** Present mode: a tour picker, the room's slide, or the presenter's view of the same step. */
export default function PresentRoute({ dataset, editor: TourEditor }: PresentRouteProps) {
  const tourId = useAppStore(selectTour);
  const step = useAppStore(selectStep);
  const { setStep: onStep, notify, navigate, setHash } = useAppStore.getState();
  const onChooseTour = (id: string) => useAppStore.getState().present(id, 1);
  // Leaving a tour shows its step's event on the timeline.
  const onExit = (eventId: string | null) => navigate({ view: 'timeline', event: eventId });
  // The editor and a shared tour live in the address's hash (state/url-hash.ts; url-sync writes it).
  const hash = useAppStore(selectHash);
  // The presenter layout is for the window the presenter button opened (#presenter), and stays
  // across a reload by the window's name, which window.open sets.
  const [presenter] = useState(() => hash.kind === 'presenter' || window.name === PRESENTER_WINDOW);
  // A presenter link opened by hand keeps its layout across a reload, as the button's window does.
  useEffect(() => {
    if (presenter) window.name = PRESENTER_WINDOW;
  }, [presenter]);
  const [loaded, setLoaded] = useState<ToursState>({ status: 'loading' });
  const [includeNotes, setIncludeNotes] = useState(false);
  const [handoutId, setHandoutId] = useState<string | null>(null);
  const events = dataset.events;
  const savedRaw = useSavedTours(selectSavedTours);
  const [shared, setShared] = useState<{ encoded: string; result: DecodedTour } | null>(null);
  const [copySaved, setCopySaved] = useState<string | null>(null);
  const encoded = hash.kind === 'shared-tour' ? hash.data : null;
  const editing = hash.kind === 'edit' ? hash : null;

  // The teacher's own tours, checked against the dataset as the built-in ones are.
  const savedTours = useMemo(() => {
    if (events.length === 0) return [];
    const ready = savedRaw.filter((t) => t.steps.length > 0);
    return validateTours(ready, events, 'saved tours').tours;
  }, [events, savedRaw]);

  // A shared link carries its tour, compressed, in the hash.
  useEffect(() => {
    if (encoded === null || events.length === 0) return;
    let cancelled = false;
    void decodeTour(encoded, events).then((result) => {
      if (cancelled) return;
      setShared({ encoded, result });
      if (!result.ok) notify(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [encoded, events, notify]);
  const sharedResult = encoded !== null && shared?.encoded === encoded ? shared.result : null;
  const sharedTour: Tour | null = sharedResult?.ok ? sharedResult.tour : null;

  // Tours name events, so they are validated against the dataset: wait until it is in.
  useEffect(() => {
    if (events.length === 0) return;
    let cancelled = false;
    loadTours(events)
      .then(({ tours, errors }) => {
        if (cancelled) return;
        if (errors.length > 0) console.warn(errors.map(formatDataError).join('\n'));
        if (tours.length === 0) {
          const first = errors[0];
          setLoaded({
            status: 'failed',
            message: first ? formatDataError(first) : 'the file holds no tours.',
          });
          return;
        }
        if (errors.length > 0)
          notify(
            `${errors.length} problem${errors.length === 1 ? '' : 's'} in the tours: some tours were left out.`,
          );
        setLoaded({ status: 'ready', tours });
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [events, notify]);

  const tours = useMemo(() => (loaded.status === 'ready' ? loaded.tours : []), [loaded]);
  const byId = useMemo(() => eventsById(dataset), [dataset]);
  const builtIn = useMemo(
    () => tours.map((tour) => ({ tour, steps: describeTour(tour, byId) })),
    [tours, byId],
  );
  const saved = useMemo(() => {
    const builtInIds = new Set(tours.map((t) => t.id));
    return savedTours
      .filter((tour) => !builtInIds.has(tour.id))
      .map((tour) => ({ tour, steps: describeTour(tour, byId) }));
  }, [tours, savedTours, byId]);
  const sharedDescribed = useMemo(
    () => (sharedTour ? { tour: sharedTour, steps: describeTour(sharedTour, byId) } : null),
    [sharedTour, byId],
  );
  // A shared tour comes first while its link is open, then the built-in tours, then saved ones.
  const described = useMemo(
    () => [...(sharedDescribed ? [sharedDescribed] : []), ...builtIn, ...saved],
    [sharedDescribed, builtIn, saved],
  );
  const active = described.find((d) => d.tour.id === tourId);
  const sharedPending = encoded !== null && sharedResult === null;
  const count = active?.tour.steps.length ?? 0;
  const number = clampStep(step, count);

  // Leaving the editor for the picker ("Back to the tours", or the browser's Back) unmounts the
  // element that had focus, which would fall to <body>: it returns to the button that opens the
  // editor. Leaving it for a tour's slide finds no such button; the slide has its own focus.
  const showingEditor = !active && editing !== null;
  const makeTourButton = useRef<HTMLButtonElement>(null);
  const wasShowingEditor = useRef(showingEditor);
  useEffect(() => {
    if (wasShowingEditor.current && !showingEditor) makeTourButton.current?.focus();
    wasShowingEditor.current = showingEditor;
  }, [showingEditor]);

  // A missing or out-of-range step is corrected in the URL too, so the address names the slide shown.
  useEffect(() => {
    if (active && step !== number) onStep(number);
  }, [active, step, number, onStep]);

  // A link to a tour that does not exist says so once, then offers the tours that do.
  const notified = useRef<string | null>(null);
  useEffect(() => {
    if (
      loaded.status !== 'ready' ||
      tourId === null ||
      active ||
      sharedPending ||
      notified.current === tourId
    )
      return;
    notified.current = tourId;
    notify(`There is no tour “${tourId}”: choose one of the tours below.`);
  }, [loaded.status, tourId, active, sharedPending, notify]);

  const broadcast = useStepChannel(active?.tour.id ?? null, (remote) => {
    const next = clampStep(remote, count);
    if (next !== number) onStep(next);
  });

  const go = useCallback(
    (next: number) => {
      const target = clampStep(next, count);
      if (target === number) return;
      onStep(target);
      broadcast(target);
    },
    [count, number, onStep, broadcast],
  );

  const print = (id: string) => {
    // The handout must be in the page before the print dialog takes its snapshot.
    flushSync(() => setHandoutId(id));
    window.print();
  };

  const openPresenter = (): boolean => {
    if (!active) return false;
    const href = hrefFor({
      view: 'present',
      tour: active.tour.id,
      step: number,
      hash: { kind: 'presenter' },
    });
    const opened = window.open(href, PRESENTER_WINDOW, 'popup,width=1280,height=800');
    opened?.focus();
    return opened !== null;
  };

  if (events.length === 0 || loaded.status === 'loading')
    return (
      <p className="present-status" role="status">
        Loading the tours…
      </p>
    );
  if (loaded.status === 'failed')
    return (
      <p className="present-status present-status--failed" role="alert">
        The tours could not be loaded: {loaded.message}
      </p>
    );

  const handout = active ?? described.find((d) => d.tour.id === handoutId);
  const handoutElement = handout && (
    <TourHandout tour={handout.tour} steps={handout.steps} includeNotes={includeNotes} />
  );

  if (showingEditor)
    return (
      <TourEditor
        dataset={dataset}
        openTourId={editing.tourId}
        notify={notify}
        reservedIds={tours.map((t) => t.id)}
        onClose={() => setHash(NO_HASH)}
        onPresent={(tour) => {
          // Two steps in history, as before: the editor's entry becomes the picker, then the tour.
          setHash(NO_HASH);
          onChooseTour(tour.id);
        }}
      />
    );

  const saveCopy = (tour: Tour) => {
    const result = useSavedTours.getState().addTour(
      tour,
      tours.map((t) => t.id),
    );
    if (result.error !== null) {
      notify(`The copy was not saved: ${result.error}`);
      return;
    }
    setCopySaved(`Saved a copy of “${tour.title}” in your tours.`);
  };

  if (!active)
    return (
      <>
        {sharedResult && !sharedResult.ok && (
          <p className="present-status present-status--failed" role="alert">
            {sharedResult.error}
          </p>
        )}
        {sharedDescribed && (
          <section className="present-picker present-shared" aria-labelledby="present-shared-title">
            <h2 id="present-shared-title">Shared tour: {sharedDescribed.tour.title}</h2>
            <p className="present-picker__intro">
              Someone shared this tour with you. It is read-only here; save a copy to change it.
            </p>
            {sharedDescribed.tour.description !== undefined && <p>{sharedDescribed.tour.description}</p>}
            <ol className="present-shared__steps">
              {sharedDescribed.steps.map((view) => (
                <li key={view.number}>
                  {view.event.title} <span className="present-picker__meta">({view.date})</span>
                </li>
              ))}
            </ol>
            <p className="present-picker__actions">
              <button
                type="button"
                className="present-picker__start"
                onClick={() => onChooseTour(sharedDescribed.tour.id)}
              >
                Start<span className="sr-only"> “{sharedDescribed.tour.title}”</span>
              </button>
              <button type="button" className="text-button" onClick={() => saveCopy(sharedDescribed.tour)}>
                Save a copy
              </button>
            </p>
            <p role="status">{copySaved}</p>
          </section>
        )}
        <TourPicker
          tours={builtIn}
          savedTours={saved}
          onMakeTour={() => setHash({ kind: 'edit', tourId: null })}
          makeTourRef={makeTourButton}
          onStart={onChooseTour}
          onPrint={print}
          onOpenActivity={(activity) => navigate({ view: 'activity', activity })}
          includeNotes={includeNotes}
          onIncludeNotes={setIncludeNotes}
        />
        {handoutElement}
      </>
    );

  const view = presenter ? (
    <PresenterView
      tour={active.tour}
      steps={active.steps}
      number={number}
      onGo={go}
      onPrint={() => print(active.tour.id)}
      includeNotes={includeNotes}
      onIncludeNotes={setIncludeNotes}
    />
  ) : (
    <SlideView
      tour={active.tour}
      steps={active.steps}
      number={number}
      onGo={go}
      onExit={() => onExit(active.tour.steps[number - 1]?.event ?? null)}
      onOpenPresenter={openPresenter}
      onPrint={() => print(active.tour.id)}
      includeNotes={includeNotes}
      onIncludeNotes={setIncludeNotes}
    />
  );
  return (
    <>
      {view}
      {handoutElement}
    </>
  );
}
