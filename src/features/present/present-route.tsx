import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDataError } from '../../data/data-error';
import type { Dataset } from '../../data/validate-dataset';
import { hrefFor } from '../../state/url';
import { loadTours, type LoadedTours } from './load-tours';
import { PresenterView } from './presenter-view';
import { SlideView } from './slide-view';
import { clampStep } from './step-logic';
import { describeTour, eventsById } from './step-view';
import { TourHandout } from './tour-handout';
import { TourPicker } from './tour-picker';
import { useStepChannel } from './use-step-channel';
import './present.css';

export interface PresentRouteProps {
  tourId: string | null;
  step: number | null;
  dataset: Dataset;
  onStep: (step: number) => void;
  onChooseTour: (tourId: string) => void;
  onExit: (eventId: string | null) => void;
  notify: (message: string) => void;
}

/** The name of the presenter's window: window.open reuses it, so a second click does not open a third window. */
const PRESENTER_WINDOW = 'oppositions-presenter';
const PRESENTER_HASH = '#presenter';

/**
 * The presenter layout is for the window the presenter button opened. The app rewrites the
 * address without its hash as soon as it starts (url-sync replaces it with a query-only URL), so
 * the hash is also read from the navigation entry, which keeps the address the window was opened
 * with, and from the window's name, which window.open sets and which survives a reload.
 */
function isPresenterWindow(): boolean {
  if (window.location.hash === PRESENTER_HASH || window.name === PRESENTER_WINDOW) return true;
  const [entry] = performance.getEntriesByType('navigation');
  try {
    return entry !== undefined && new URL(entry.name).hash === PRESENTER_HASH;
  } catch {
    return false;
  }
}

type ToursState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; tours: LoadedTours['tours'] };

/** Present mode: a tour picker, the room's slide, or the presenter's view of the same step. */
export default function PresentRoute({
  tourId,
  step,
  dataset,
  onStep,
  onChooseTour,
  onExit,
  notify,
}: PresentRouteProps) {
  const [presenter] = useState(isPresenterWindow);
  // A presenter link opened by hand keeps its layout across a reload, as the button's window does.
  useEffect(() => {
    if (presenter) window.name = PRESENTER_WINDOW;
  }, [presenter]);
  const [loaded, setLoaded] = useState<ToursState>({ status: 'loading' });
  const [includeNotes, setIncludeNotes] = useState(false);
  const [handoutId, setHandoutId] = useState<string | null>(null);
  const events = dataset.events;

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
  const described = useMemo(
    () => tours.map((tour) => ({ tour, steps: describeTour(tour, byId) })),
    [tours, byId],
  );
  const active = described.find((d) => d.tour.id === tourId);
  const count = active?.tour.steps.length ?? 0;
  const number = clampStep(step, count);

  // A missing or out-of-range step is corrected in the URL too, so the address names the slide shown.
  useEffect(() => {
    if (active && step !== number) onStep(number);
  }, [active, step, number, onStep]);

  // A link to a tour that does not exist says so once, then offers the tours that do.
  const notified = useRef<string | null>(null);
  useEffect(() => {
    if (loaded.status !== 'ready' || tourId === null || active || notified.current === tourId) return;
    notified.current = tourId;
    notify(`There is no tour “${tourId}”: choose one of the tours below.`);
  }, [loaded.status, tourId, active, notify]);

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
    const href = hrefFor({ view: 'present', tour: active.tour.id, step: number }) + PRESENTER_HASH;
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

  if (!active)
    return (
      <>
        <TourPicker
          tours={described}
          onStart={onChooseTour}
          onPrint={print}
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
