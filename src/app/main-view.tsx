import { lazy, Suspense, useDeferredValue } from 'react';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/slices';
import { useFilteredEvents } from '../features/filters/use-filtered-events';
import { EventsView } from './events-view';
import { TextStatus } from './text-status';

// The reader, its parser and the 115 KB text load only when someone opens it.
const SourceReader = lazy(() => import('../features/source-reader/source-reader'));
const FactionsView = lazy(() => import('../features/factions/factions-view'));
const PresentRoute = lazy(() => import('./present-with-editor'));
const CompareRoute = lazy(() => import('./compare-with-export'));
const ActivityView = lazy(() => import('../features/activities/activity-view'));

const selectView = (s: AppState) => s.view;
const selectStatus = (s: AppState) => s.status;
const selectLoadFailure = (s: AppState) => s.loadFailure;
const selectDataset = (s: AppState) => s.dataset;
const selectDetailsFailure = (s: AppState) => s.detailsFailure;

const VIEW_TITLES = {
  source: 'the source text',
  factions: 'the factions',
  compare: 'the compare matrix',
  present: 'the tour',
  activity: 'the activity',
} as const;

/** Routes by `view`; the filtered events are derived once here and shared by every view. */
export function MainView() {
  const view = useAppStore(selectView);
  // The events view, the page's heaviest render, is first built in a deferred render (a
  // transition's), which React can pause between the browser's tasks: a tap or a key is answered
  // meanwhile, and the build does not add onto the task that brought the data.
  const status = useDeferredValue(useAppStore(selectStatus));
  const loadFailure = useAppStore(selectLoadFailure);
  const dataset = useAppStore(selectDataset);
  const detailsFailure = useAppStore(selectDetailsFailure);
  const filtered = useFilteredEvents();

  if (status === 'loading') {
    return (
      <p className="main__loading" role="status">
        Loading the timeline…
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <p className="load-failure" role="alert">
        The timeline could not be loaded: {loadFailure}
      </p>
    );
  }
  if (view === 'timeline' || view === 'list') return <EventsView mode={view} filtered={filtered} />;
  // The other views read the events' text, which follows the listing by a moment.
  if (!dataset) return <TextStatus failure={detailsFailure} what={VIEW_TITLES[view]} />;
  if (view === 'source') {
    return (
      <Suspense fallback={<p className="source__status">Loading the source text…</p>}>
        <SourceReader />
      </Suspense>
    );
  }
  if (view === 'factions') {
    return (
      <Suspense fallback={<p className="source__status">Loading…</p>}>
        <FactionsView events={dataset.events} factions={dataset.factions} people={dataset.people} />
      </Suspense>
    );
  }
  if (view === 'compare') {
    return (
      <Suspense fallback={<p className="source__status">Loading the compare matrix…</p>}>
        <CompareRoute dataset={dataset} />
      </Suspense>
    );
  }
  if (view === 'activity') {
    return (
      <Suspense fallback={<p className="source__status">Loading the activity…</p>}>
        <ActivityView dataset={dataset} />
      </Suspense>
    );
  }
  // The only view left: present.
  return (
    <Suspense fallback={<p className="source__status">Loading the tour…</p>}>
      <PresentRoute dataset={dataset} />
    </Suspense>
  );
}
