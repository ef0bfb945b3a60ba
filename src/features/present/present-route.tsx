import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDataError } from '../../data/data-error';
import type { Dataset } from '../../data/validate-dataset';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { selectSavedTours, selectSavedToursError, useSavedTours } from '../../state/saved-tours';
import { shown } from '../../state/link-notice';
import { hrefFor, NO_HASH } from '../../state/url';
import { loadTours, type LoadedTours } from './load-tours';
import { PresenterView } from './presenter-view';
import { SlideView } from './slide-view';
import { clampStep } from './step-logic';
import { exitWindow } from './exit-window';
import { describeTour, eventsById, peopleById, type StepView } from './step-view';
import { TourHandout } from './tour-handout';
import { JoinSlide } from './join-slide';
import { studentJoin, useStudentJoin } from './student-join';
import type { TourEditorSlot } from './tour-editor-slot';
import { TourPicker } from './tour-picker';
import { useStepChannel } from './use-step-channel';
import { useDocumentTitle } from '../../ui/use-document-title';
import { NARROW_SCREEN_QUERY } from '../../dates/limits';
import type { Tour } from '../../data/tour-schema';
import { decodeTour, type DecodedTour } from '../../lib/share-link';
import { withFreeId } from '../../state/tour-ids';
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
  // A tour begins with its Join slide (the students' QR code) when the teacher wants one; a
  // phone is a student's screen, so there it does not unless asked.
  const [joinSlide, setJoinSlide] = useState(() => !matchMedia(NARROW_SCREEN_QUERY).matches);
  const [joining, setJoining] = useState<string | null>(null);
  const onChooseTour = (id: string) => {
    setJoining(joinSlide ? id : null);
    useAppStore.getState().present(id, 1);
  };
  // Leaving a tour shows its step's event on the timeline, zoomed to the step's stretch of time.
  const onExit = (view: StepView | undefined) =>
    navigate(
      view
        ? { view: 'timeline', event: view.event.id, timeWindow: exitWindow(view) }
        : { view: 'timeline', event: null },
    );
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
  /** The room's screen is black (B, or the presenter's button); both windows know it. */
  const [blank, setBlank] = useState(false);
  const [handoutId, setHandoutId] = useState<string | null>(null);
  const events = dataset.events;
  const savedRaw = useSavedTours(selectSavedTours);
  const [shared, setShared] = useState<{ encoded: string; result: DecodedTour } | null>(null);
  const [copySaved, setCopySaved] = useState<string | null>(null);
  const encoded = hash.kind === 'shared-tour' ? hash.data : null;
  const editing = hash.kind === 'edit' ? hash : null;

  const savedError = useSavedTours(selectSavedToursError);
  // The teacher's own tours with a step at least (a draft has none). A step whose event the
  // dataset no longer has stays in its tour, marked in the picker and on its slide: dropping the
  // tour would lose the teacher's work without a word.
  const savedTours = useMemo(() => savedRaw.filter((t) => t.steps.length > 0), [savedRaw]);

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
  // A shared tour never stands in for a built-in one: with a built-in's id it gets another.
  const sharedTour: Tour | null = useMemo(
    () =>
      sharedResult?.ok
        ? withFreeId(
            sharedResult.tour,
            tours.map((t) => t.id),
          )
        : null,
    [sharedResult, tours],
  );
  const byId = useMemo(() => eventsById(dataset), [dataset]);
  const speakers = useMemo(() => peopleById(dataset), [dataset]);
  const builtIn = useMemo(
    () => tours.map((tour) => ({ tour, steps: describeTour(tour, byId, speakers) })),
    [tours, byId, speakers],
  );
  const saved = useMemo(() => {
    const builtInIds = new Set(tours.map((t) => t.id));
    return savedTours
      .filter((tour) => !builtInIds.has(tour.id))
      .map((tour) => ({ tour, steps: describeTour(tour, byId, speakers) }));
  }, [tours, savedTours, byId, speakers]);
  const sharedDescribed = useMemo(
    () => (sharedTour ? { tour: sharedTour, steps: describeTour(sharedTour, byId, speakers) } : null),
    [sharedTour, byId, speakers],
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
  // A tab among others, or the history list, names the slide on the screen and its tour.
  const slide = active?.steps.find((s) => s.number === number);
  useDocumentTitle(
    'present',
    active && slide
      ? `${slide.event.title} · step ${number} of ${count}, ${active.tour.title}`
      : editing !== null
        ? 'Make your own tour'
        : null,
  );

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

  // A missing or out-of-range step is corrected in the URL too, so the address names the slide
  // shown; one past the end is a change the reader is told of.
  useEffect(() => {
    if (!active || step === number) return;
    if (step !== null && step > number)
      notify(
        `Step ${step} is past the end of “${active.tour.title}”, which has ${count} steps: showing step ${number}.`,
      );
    onStep(number);
  }, [active, step, number, count, onStep, notify]);

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
    notify(`There is no tour ${shown(tourId, ['“', '”'])}: choose one of the tours below.`);
  }, [loaded.status, tourId, active, sharedPending, notify]);

  const broadcast = useStepChannel(active?.tour.id ?? null, { step: number, blank }, (remote) => {
    // A step chosen in the presenter window leaves the Join slide for that step.
    setJoining(null);
    const next = clampStep(remote.step, count);
    if (next !== number) onStep(next);
    if (remote.blank !== undefined) setBlank(remote.blank);
  });

  const go = useCallback(
    (next: number) => {
      const target = clampStep(next, count);
      if (target === number) return;
      onStep(target);
      broadcast({ step: target, blank });
    },
    [count, number, blank, onStep, broadcast],
  );

  const blankRoom = useCallback(
    (next: boolean) => {
      setBlank(next);
      broadcast({ step: number, blank: next });
    },
    [number, broadcast],
  );

  const print = async (id: string) => {
    const tour = described.find((d) => d.tour.id === id)?.tour;
    // The link for students and its code are made before printing, once per tour.
    if (tour) await studentJoin(tour).catch(() => undefined);
    // The handout must be in the page before the print dialog takes its snapshot.
    flushSync(() => setHandoutId(id));
    window.print();
  };

  const openPresenter = (): boolean => {
    if (!active) return false;
    // A shared tour exists only in its link: the presenter window gets the same link, and knows
    // itself by the window's name, which window.open gives it.
    const href = hrefFor({
      view: 'present',
      tour: active.tour.id,
      step: number,
      hash: encoded !== null && active.tour === sharedTour ? hash : { kind: 'presenter' },
    });
    const opened = window.open(href, PRESENTER_WINDOW, 'popup,width=1280,height=800');
    opened?.focus();
    return opened !== null;
  };

  const handout = active ?? described.find((d) => d.tour.id === handoutId);
  const handoutJoin = useStudentJoin(handout?.tour ?? null);

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

  const handoutElement = handout && (
    <TourHandout tour={handout.tour} steps={handout.steps} includeNotes={includeNotes} join={handoutJoin} />
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

  // A built-in tour is copied into the teacher's tours, and the editor opens on the copy.
  const duplicate = (tour: Tour) => {
    const result = useSavedTours.getState().addTour(
      { ...tour, title: `${tour.title} (copy)` },
      tours.map((t) => t.id),
    );
    if (result.error !== null) notify(`The tour was not copied: ${result.error}`);
    else setHash({ kind: 'edit', tourId: result.id });
  };

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
        {savedError !== null && (
          <p className="present-status present-status--failed" role="alert">
            {savedError}
          </p>
        )}
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
                className="primary-button"
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
          onDuplicate={duplicate}
          onPrint={(id) => void print(id)}
          onOpenActivity={(activity) => navigate({ view: 'activity', activity })}
          includeNotes={includeNotes}
          onIncludeNotes={setIncludeNotes}
          joinSlide={joinSlide}
          onJoinSlide={setJoinSlide}
        />
        {handoutElement}
      </>
    );

  if (joining === active.tour.id && !presenter)
    return (
      <>
        <JoinSlide
          tour={active.tour}
          join={handoutJoin}
          onBegin={() => setJoining(null)}
          onExit={() => onExit(active.steps.find((s) => s.number === number))}
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
      blank={blank}
      onBlank={blankRoom}
      onPrint={() => void print(active.tour.id)}
      includeNotes={includeNotes}
      onIncludeNotes={setIncludeNotes}
      factions={dataset.factions}
    />
  ) : (
    <SlideView
      tour={active.tour}
      steps={active.steps}
      number={number}
      onGo={go}
      blank={blank}
      onBlank={blankRoom}
      factions={dataset.factions}
      onExit={() => onExit(active.steps.find((s) => s.number === number))}
      onOpenPresenter={openPresenter}
      onShowJoin={() => setJoining(active.tour.id)}
      onPrint={() => void print(active.tour.id)}
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
