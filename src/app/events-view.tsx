import { lazy, Suspense, useDeferredValue, useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { selectDrawnEvents, selectFactions, selectPeople, selectSelectedEvent } from '../state/selectors';
import type { AppState } from '../state/slices';
import { TimelineView, type TimelineHandle } from '../timeline/timeline-view';
import { FilterBar } from '../features/filters/filter-bar';
import type { FilteredEvents } from '../features/filters/use-filtered-events';
import { exportEvents } from './export-events';
import { TextStatus } from './text-status';

// The panel (and its citation code) loads when a reader first opens an event, not with the timeline.
const EventPanel = lazy(() => import('../features/event-panel/event-panel'));
const ListView = lazy(() => import('../features/list/list-view'));

const selectDetailsFailure = (s: AppState) => s.detailsFailure;
const selectTextIn = (s: AppState) => s.dataset !== null;
const selectSelectedId = (s: AppState) => s.selectedId;
const selectTimeWindow = (s: AppState) => s.timeWindow;
const selectFilters = (s: AppState) => s.filters;

export interface EventsViewProps {
  mode: 'timeline' | 'list';
  filtered: FilteredEvents;
}

/** The filter bar over the timeline or the list, with the event panel beside them. */
export function EventsView({ mode, filtered }: EventsViewProps) {
  const allEvents = useAppStore(selectDrawnEvents);
  const detailsFailure = useAppStore(selectDetailsFailure);
  const textIn = useAppStore(selectTextIn);
  const factions = useAppStore(selectFactions);
  const people = useAppStore(selectPeople);
  const selectedId = useAppStore(selectSelectedId);
  const selected = useAppStore(selectSelectedEvent);
  const timeWindow = useAppStore(selectTimeWindow);
  const filters = useAppStore(selectFilters);
  const { select, setTimeWindow, readInContext, toggleFilter, setFilters, clearFilters, present, notify } =
    useAppStore.getState();
  const timelineRef = useRef<TimelineHandle>(null);
  // The count and the search box answer each keystroke at once; the timeline and the list,
  // heavier to redraw, follow as soon as React has a moment (and skip states typed past). A chip
  // or a menu is one discrete change, not a stream: the views follow it in the same render.
  const deferredEvents = useDeferredValue(filtered.events);
  const deferredWhole = useDeferredValue(filtered.whole);
  const deferredQuery = useDeferredValue(filters.q);
  const settled = deferredQuery === filters.q;
  const shownEvents = settled ? filtered.events : deferredEvents;
  const shownWhole = settled ? filtered.whole : deferredWhole;
  // An event linked or opened before the events' text is in: its panel's place is kept for it.
  const textPending = selectedId !== null && !textIn;

  const closePanel = (id: string) => {
    select(null);
    // Back to where the reader was: the event they had opened.
    if (mode === 'timeline') timelineRef.current?.focusEvent(id);
    else document.querySelector<HTMLElement>(`.event-table a[href$="event=${CSS.escape(id)}"]`)?.focus();
  };

  const presentAt = (hash: string) => {
    present(null);
    // The store change has just written present mode's address (url-sync); the hash, which the
    // store does not hold, says what present mode opens (the tour editor at one tour).
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}${hash}`);
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

  return (
    <>
      <FilterBar
        events={allEvents}
        factions={factions}
        people={people}
        filters={filters}
        shown={filtered.events.length}
        searching={filtered.searching}
        onToggle={toggleFilter}
        onQuery={(q) => setFilters({ q })}
        onClear={clearFilters}
        onExport={(format) => {
          if (filtered.whole) void exportEvents(format, filtered.whole, filters);
          else notify(detailsFailure ?? 'The events’ text is still loading; export again in a moment.');
        }}
      />
      <div className={selected || textPending ? 'layout layout--with-panel' : 'layout'}>
        {mode === 'timeline' ? (
          <TimelineView
            ref={timelineRef}
            events={shownEvents}
            factions={factions}
            selectedId={selectedId}
            timeWindow={timeWindow}
            onSelect={select}
            onWindowChange={setTimeWindow}
          />
        ) : !shownWhole ? (
          <TextStatus failure={detailsFailure} what="the list" />
        ) : (
          <Suspense fallback={<TextStatus failure={null} what="the list" />}>
            <ListView
              events={shownWhole}
              factions={factions}
              terms={filtered.terms}
              selectedId={selectedId}
              onOpen={select}
            />
          </Suspense>
        )}
        {textPending && (
          <aside className="event-panel" aria-busy={detailsFailure === null} aria-label="The event">
            <div className="event-panel__head">
              <TextStatus failure={detailsFailure} what="the event" />
              <button
                type="button"
                className="icon-button"
                onClick={() => closePanel(selectedId)}
                aria-label="Close event panel"
                title="Close (Esc)"
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
          </aside>
        )}
        {selected && (
          <Suspense
            fallback={<aside className="event-panel" aria-busy="true" aria-label="Loading the event" />}
          >
            <EventPanel
              event={selected}
              events={filtered.events}
              factions={factions}
              people={people}
              terms={filtered.terms}
              onSelect={select}
              onReadInContext={readInContext}
              onClose={() => closePanel(selected.id)}
              onPresentAt={presentAt}
            />
          </Suspense>
        )}
      </div>
    </>
  );
}
