import {
  lazy,
  Suspense,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../state/store';
import { selectDrawnEvents, selectFactions, selectPeople, selectSelectedEvent } from '../state/selectors';
import type { AppState } from '../state/slices';
import { TimelineView, type TimelineHandle } from '../timeline/timeline-view';
import { assignLanes } from '../timeline/lanes';
import { toTimelineItems } from '../timeline/to-items';
import { ERAS } from '../dates/eras';
import { FIT_ALL, ZOOM_MAX_MS, ZOOM_MIN_MS } from '../dates/limits';
import { factionColour } from '../ui/faction-colour';
import { usePageKeydown } from '../ui/use-page-keydown';
import { FilterBar } from '../features/filters/filter-bar';
import type { FilteredEvents } from '../features/filters/use-filtered-events';
import { exportEvents } from './export-events';
import { PanelFrame } from './panel-frame';
import { TextStatus } from './text-status';
import { useReframe } from './use-reframe';
import { useSameEvents } from './use-same-events';
import './events-view.css';

// The panel (with its citation code and Add to tour) loads when a reader first opens an event, not with the timeline.
const EventPanel = lazy(() => import('./event-panel-with-tours'));
const ListView = lazy(() => import('../features/list/list-view'));
// The overview strip arrives after the timeline's first draw: a task of its own, off the first view.
const OverviewStrip = lazy(() => import('../features/overview').then((m) => ({ default: m.OverviewStrip })));

const selectDetailsFailure = (s: AppState) => s.detailsFailure;
const selectTextIn = (s: AppState) => s.dataset !== null;
const selectSelectedId = (s: AppState) => s.selectedId;
const selectTimeWindow = (s: AppState) => s.timeWindow;
const selectFilters = (s: AppState) => s.filters;

export interface EventsViewProps {
  mode: 'timeline' | 'list';
  filtered: FilteredEvents;
}

/** The filter bar over the timeline or the list, with the event panel beside them (or over them, on a phone). */
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
  const { select, setTimeWindow, notify } = useAppStore.getState();
  const timelineRef = useRef<TimelineHandle>(null);
  // Beside the filter bar: where the timeline puts its zoom, year and key controls.
  const [toolsSlot, setToolsSlot] = useState<HTMLDivElement | null>(null);
  // The count and the search box answer each keystroke at once; the timeline and the list,
  // heavier to redraw, follow as soon as React has a moment (and skip states typed past). A chip
  // or a menu is one discrete change, not a stream: the views follow it in the same render.
  const deferredEvents = useDeferredValue(filtered.events);
  const deferredWhole = useDeferredValue(filtered.whole);
  const deferredQuery = useDeferredValue(filters.q);
  const settled = deferredQuery === filters.q;
  // The timeline draws from the listing's fields only: the text's arrival redraws nothing.
  const shownEvents = useSameEvents(settled ? filtered.events : deferredEvents);
  const shownWhole = settled ? filtered.whole : deferredWhole;
  // An event linked or opened before the events' text is in: its panel's place is kept for it.
  const textPending = selectedId !== null && !textIn;

  // Each event in a lane of the factions chosen, or of its own first faction (timeline/lanes.ts).
  const lanes = useMemo(
    () => assignLanes(shownEvents, factions, filters.factions),
    [shownEvents, factions, filters.factions],
  );
  const models = useMemo(() => toTimelineItems(shownEvents, factions, lanes), [shownEvents, factions, lanes]);
  const framing = useReframe(models, filters, settled && !filtered.searching);
  // The overview strip reads the same lanes and events, reduced to what it draws.
  const overviewLanes = useMemo(
    () => lanes.lanes.map((f) => ({ id: f.id, name: f.name, colour: factionColour(f) })),
    [lanes],
  );
  const overviewEvents = useMemo(
    () =>
      models.map((m) => ({ lane: m.group, start: m.start.valueOf(), end: m.end ? m.end.valueOf() : null })),
    [models],
  );

  /** The link of an event's row or card in the list, as drawn at this width; null without one. */
  const listLink = (id: string) =>
    [...document.querySelectorAll<HTMLElement>(`.list-view a[href$="event=${CSS.escape(id)}"]`)].find(
      (l) => l.offsetParent !== null,
    ) ?? null;

  /** Back to where the reader was: the event they had opened. */
  const focusOpenedFrom = (id: string) => {
    if (mode === 'timeline') timelineRef.current?.focusEvent(id);
    // Without its row (the list still waiting for the events' text, or the event filtered out)
    // focus goes to the page's content, where the next Tab goes on, not to <body>.
    else (listLink(id) ?? document.getElementById('main'))?.focus();
  };

  const closePanel = (id: string) => {
    // At once, not at React's next render: on a phone the panel is a modal dialog, and until it
    // has left the page everything under it is inert and refuses the focus given back below.
    flushSync(() => select(null));
    focusOpenedFrom(id);
  };

  // A panel closed by the browser's Back, not by its own ways: focus went with it, to <body>.
  const closedId = useRef(selectedId);
  useLayoutEffect(() => {
    const was = closedId.current;
    closedId.current = selectedId;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (was !== null && selectedId === null && lost) focusOpenedFrom(was);
    // The panel narrows the table beside it and its rows grow taller: the row the reader opened
    // would slide off the screen.
    if (mode === 'list' && selectedId !== null && selectedId !== was) {
      const link = listLink(selectedId);
      const box = link?.getBoundingClientRect();
      if (box && (box.top < 0 || box.bottom > window.innerHeight)) link?.scrollIntoView({ block: 'center' });
    }
  });

  usePageKeydown((e) => {
    if (e.key === 'Escape' && selectedId !== null) closePanel(selectedId);
  });

  return (
    <div className={`events-view events-view--${mode}`}>
      <div className="events-view__top">
        <FilterBar
          events={allEvents}
          results={filtered.events}
          factions={factions}
          people={people}
          searching={filtered.searching}
          onExport={(format) => {
            if (filtered.whole) void exportEvents(format, filtered.whole, filters);
            else notify(detailsFailure ?? 'The events’ text is still loading; export again in a moment.');
          }}
        />
        {mode === 'timeline' && <div className="events-view__tools" ref={setToolsSlot} />}
      </div>
      <div className={`events-view__body${selected || textPending ? ' events-view__body--with-panel' : ''}`}>
        {mode === 'timeline' ? (
          <TimelineView
            ref={timelineRef}
            models={models}
            lanes={lanes.lanes}
            selectedId={selectedId}
            timeWindow={framing === undefined ? timeWindow : framing}
            onSelect={select}
            onWindowChange={setTimeWindow}
            toolsSlot={toolsSlot}
            footer={(shown) => (
              <div
                className="overview-slot"
                style={{ '--overview-lanes': overviewLanes.length } as CSSProperties}
              >
                <Suspense fallback={<div className="overview-placeholder" />}>
                  <OverviewStrip
                    lanes={overviewLanes}
                    events={overviewEvents}
                    span={FIT_ALL}
                    window={shown}
                    eras={ERAS}
                    minSpan={ZOOM_MIN_MS}
                    maxSpan={ZOOM_MAX_MS}
                    onWindowChange={setTimeWindow}
                    onWindowPreview={(w) => timelineRef.current?.previewWindow(w)}
                  />
                </Suspense>
              </div>
            )}
          />
        ) : !shownWhole ? (
          <TextStatus failure={detailsFailure} what="the list" />
        ) : (
          <Suspense fallback={<TextStatus failure={null} what="the list" />}>
            <ListView events={shownWhole} factions={factions} terms={filtered.terms} />
          </Suspense>
        )}
        {/* One frame while the event's text is on its way and after: the panel is not drawn
            anew (nor its Close button) when the text comes. */}
        {selectedId !== null && (selected || textPending) && (
          <PanelFrame
            {...(selected
              ? { labelledBy: 'event-panel-title' }
              : { label: 'The event', busy: detailsFailure === null })}
            onClose={() => closePanel(selectedId)}
          >
            {selected ? (
              <Suspense fallback={<div className="event-panel" aria-busy="true" />}>
                <EventPanel
                  event={selected}
                  events={filtered.events}
                  factions={factions}
                  people={people}
                  terms={filtered.terms}
                />
              </Suspense>
            ) : (
              <div className="panel-frame__pending">
                <TextStatus failure={detailsFailure} what="the event" />
              </div>
            )}
          </PanelFrame>
        )}
      </div>
    </div>
  );
}
