import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/slices';
import { useFilteredEvents } from '../features/filters/use-filtered-events';
import { EventsView } from './events-view';

// The reader, its parser and the 115 KB text load only when someone opens it.
const SourceReader = lazy(() => import('../features/source-reader/source-reader'));
const FactionsView = lazy(() => import('../features/factions/factions-view'));

const selectView = (s: AppState) => s.view;
const selectStatus = (s: AppState) => s.status;
const selectLoadFailure = (s: AppState) => s.loadFailure;
const selectDataset = (s: AppState) => s.dataset;

/** Routes by `view`; the filtered events are derived once here and shared by every view. */
export function MainView() {
  const view = useAppStore(selectView);
  const status = useAppStore(selectStatus);
  const loadFailure = useAppStore(selectLoadFailure);
  const dataset = useAppStore(selectDataset);
  const filtered = useFilteredEvents();

  if (status === 'failed') {
    return (
      <p className="load-failure" role="alert">
        The timeline could not be loaded: {loadFailure}
      </p>
    );
  }
  if (view === 'source') {
    return (
      <Suspense fallback={<p className="source__status">Loading the source text…</p>}>
        <SourceReader />
      </Suspense>
    );
  }
  if (view === 'factions') {
    // A card filters the timeline to its faction or person, replacing other filters.
    const show = (key: 'factions' | 'people', id: string) =>
      useAppStore.setState((s) => ({
        view: 'timeline',
        selectedId: null,
        filters: { ...s.filters, factions: [], people: [], kinds: [], q: '', [key]: [id] },
      }));
    return (
      <Suspense fallback={<p className="source__status">Loading…</p>}>
        <FactionsView
          events={dataset.events}
          factions={dataset.factions}
          people={dataset.people}
          onShowFaction={(id) => show('factions', id)}
          onShowPerson={(id) => show('people', id)}
        />
      </Suspense>
    );
  }
  return <EventsView mode={view} filtered={filtered} />;
}
