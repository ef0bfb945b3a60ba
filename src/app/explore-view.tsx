import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { selectEvents, selectFactions, selectPeople, selectSelectedEvent } from '../state/selectors';
import type { AppState } from '../state/slices';
import { TimelineView, type TimelineHandle } from '../timeline/timeline-view';

// The panel (and its citation code) loads when a reader first opens an event, not with the timeline.
const EventPanel = lazy(() => import('../features/event-panel/event-panel'));

const selectSelectedId = (s: AppState) => s.selectedId;
const selectTimeWindow = (s: AppState) => s.timeWindow;
const selectStatus = (s: AppState) => s.status;
const selectLoadFailure = (s: AppState) => s.loadFailure;

/** The timeline with its event panel: the app's home screen. */
export function ExploreView() {
  const events = useAppStore(selectEvents);
  const factions = useAppStore(selectFactions);
  const people = useAppStore(selectPeople);
  const selectedId = useAppStore(selectSelectedId);
  const selected = useAppStore(selectSelectedEvent);
  const timeWindow = useAppStore(selectTimeWindow);
  const status = useAppStore(selectStatus);
  const loadFailure = useAppStore(selectLoadFailure);
  const { select, setTimeWindow, readInContext } = useAppStore.getState();
  const timelineRef = useRef<TimelineHandle>(null);

  const closePanel = (id: string) => {
    select(null);
    // Back to where the reader was: the event they had opened.
    timelineRef.current?.focusEvent(id);
  };

  useEffect(() => {
    if (selectedId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) closePanel(selectedId);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  });

  if (status === 'failed') {
    return (
      <p className="load-failure" role="alert">
        The timeline could not be loaded: {loadFailure}
      </p>
    );
  }

  return (
    <>
      <TimelineView
        ref={timelineRef}
        events={events}
        factions={factions}
        selectedId={selectedId}
        timeWindow={timeWindow}
        onSelect={select}
        onWindowChange={setTimeWindow}
      />
      {selected && (
        <Suspense
          fallback={<aside className="event-panel" aria-busy="true" aria-label="Loading the event" />}
        >
          <EventPanel
            event={selected}
            events={events}
            factions={factions}
            people={people}
            onSelect={select}
            onReadInContext={readInContext}
            onClose={() => closePanel(selected.id)}
          />
        </Suspense>
      )}
    </>
  );
}
