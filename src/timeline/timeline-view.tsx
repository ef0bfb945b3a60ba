import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';
import type { Faction } from '../data/schemas';
import type { TimeWindow } from '../state/slices';
import { formatSpan } from '../dates';
import { axisScale, axisTicks } from './axis/axis-ticks';
import { TimeHeader } from './axis/time-header';
import { TimelineKey } from './controls/timeline-key';
import { TimelineToolbar } from './controls/timeline-toolbar';
import { IntroLine } from './controls/intro-line';
import { emptyYearNote } from './controls/go-to-year';
import { markDrawn } from './draw-marks';
import { itemsToDraw } from './drawn-items';
import type { EngineCallbacks } from './engine/engine';
import { previewShown } from './engine/handover';
import { useEngine } from './engine/use-engine';
import { usePreviewPress } from './engine/use-preview-press';
import { yearWindow, zoomWindow, ZOOM_STEP } from './input/window-math';
import { useShownWindow } from './input/use-shown-window';
import { useTimelineKeys } from './input/use-timeline-keys';
import { useLaneWheel } from './input/use-lane-wheel';
import { ItemSample } from './layout/measure';
import type { ClusterModel } from './layout/plan';
import { rowCapFor } from './layout/row-cap';
import { tabStopFor } from './layout/tab-stop';
import { useGeometry } from './layout/use-geometry';
import { defaultWindow, FIT_ALL, NARROW_SCREEN_QUERY } from '../dates/limits';
import { useMediaQuery } from '../ui/use-media-query';
import { prefetchEngine } from './prefetch-engine';
import { TimelinePreview } from './preview/timeline-preview';
import type { TimelineItemModel } from './to-items';
import { TimelineTooltip, useTooltip } from './tooltip';
import { PrintList } from './print-list';
import { usePrinting } from './use-printing';
import { scrollIntoLanes, useFocusKeeper } from './use-focus-keeper';
import { useLatest } from '../ui/use-latest';
import './timeline.css';

export interface TimelineHandle {
  /** Puts keyboard focus on an event's item, moving the window to it first when needed. */
  focusEvent: (id: string) => void;
  /** Shows a window for the moment (the overview strip being dragged), or stops showing it. */
  previewWindow: (w: TimeWindow | null) => void;
}

export interface TimelineViewProps {
  /** The events to draw, each in its lane (lanes.ts, to-items.ts), in date order. */
  models: readonly TimelineItemModel[];
  lanes: readonly Faction[];
  selectedId: string | null;
  /** The window the reader chose; null shows everything. */
  timeWindow: TimeWindow | null;
  onSelect: (id: string) => void;
  onWindowChange: (w: TimeWindow | null) => void;
  /** Drawn under the lanes (the overview strip), given the window shown at this moment. */
  footer?: (shown: TimeWindow) => ReactNode;
  /**
   * Where the zoom, year and key controls go: an element the app keeps beside the filter bar, so
   * they share its row and the lanes get the height. Over the lanes when there is none.
   */
  toolsSlot?: HTMLElement | null;
  ref?: Ref<TimelineHandle>;
}

/**
 * React face of the timeline. One plan (layout/plan.ts) decides what is drawn where, for the
 * window shown; the preview (preview/) draws it until the reader reaches for the timeline, then
 * vis-timeline (engine/) does, the handover being a state machine of its own (engine/handover.ts).
 * The view owns everything else, the same for both: the window and its animation, focus and the
 * keyboard, the wheel, the axis, the tooltip.
 */
export function TimelineView(props: TimelineViewProps) {
  const { models, lanes, selectedId, ref } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const sampleRef = useRef<HTMLDivElement>(null);
  const { geometry, metrics, remeasure } = useGeometry(scrollRef, canvasRef, sampleRef);
  const narrow = useMediaQuery(NARROW_SCREEN_QUERY);
  const sectionRef = useRef<HTMLElement>(null);
  const printing = usePrinting(sectionRef);
  const [keyOpen, setKeyOpen] = useState(false);
  const keyToggle = useRef<HTMLButtonElement>(null);
  const closeKey = () => {
    setKeyOpen(false);
    keyToggle.current?.focus();
  };
  const [announcement, setAnnouncement] = useState('');

  const {
    shown,
    shownRef,
    moving,
    stepFrom,
    commit: commitWindow,
    follow,
  } = useShownWindow(props.timeWindow, defaultWindow(narrow), props.onWindowChange);

  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);
  const laneOrder = useMemo(() => lanes.map((l) => l.id), [lanes]);

  // Focus: the event keyboard focus is on (or was last on) stays drawn, and is the Tab stop; so
  // does the one focus is still on while a key's event is drawn.
  const focus = useFocusKeeper();
  const pinned = useMemo(
    () => new Set([selectedId, focus.focusedId, focus.holdingId].filter((id): id is string => id !== null)),
    [selectedId, focus.focusedId, focus.holdingId],
  );

  const laneWidth = geometry?.laneWidth ?? null;
  const laneShown = geometry?.laneShown ?? null;
  const rowCap = geometry ? rowCapFor(geometry.visibleHeight, lanes.length) : 2;
  const drawn = useMemo(
    () =>
      laneWidth === null || metrics === null
        ? []
        : itemsToDraw(models, {
            window: shown,
            width: laneWidth,
            edge: laneShown ?? laneWidth,
            rowCap,
            pinned,
            metrics,
          }),
    [models, shown, laneWidth, laneShown, rowCap, pinned, metrics],
  );
  const ticks = useMemo(
    () =>
      laneWidth === null
        ? { minor: [], major: [] }
        : axisTicks(shown, axisScale((shown.to - shown.from) / laneWidth, geometry?.charWidth ?? 8)),
    [shown, laneWidth, geometry?.charWidth],
  );

  // One event is in the Tab order: the focused one if drawn, else the selected one, else the
  // first drawn in the window.
  const windowStart = shown.from;
  const tabStopId = useMemo(
    () => tabStopFor(drawn, models, [focus.focusedId, selectedId], windowStart),
    [drawn, models, focus.focusedId, selectedId, windowStart],
  );

  const openCluster = (cluster: ClusterModel) => {
    const span = Math.max(cluster.to - cluster.from, 30 * 86_400_000);
    commitWindow({ from: cluster.from - span * 0.15, to: cluster.to + span * 0.15 });
    setAnnouncement(`Zoomed in on ${cluster.count} events, ${formatSpan(cluster.from, cluster.to)}.`);
  };

  /** The event last opened by a press or a key on the timeline itself, where the reader is. */
  const selectedHere = useRef<string | null>(null);
  /** The opened event last shown with its lane (revealSelected). */
  const revealed = useRef<string | null>(null);
  // Each opening is shown once: the same event opened again later (from the List, say) is too.
  useEffect(() => {
    revealed.current = null;
  }, [selectedId]);
  const selectHere = (id: string) => {
    selectedHere.current = id;
    props.onSelect(id);
  };
  /**
   * An event opened from elsewhere (a link, the List, the source text, the panel's "Next event")
   * is scrolled into the lanes with its whole lane, its name beside it, once it is drawn: a link
   * to the Kronstadt rising on a projector left it against the lanes' bottom edge, its lane's name
   * cut off. One opened on the timeline is where the reader pressed, and stays there.
   */
  const revealSelected = () => {
    if (selectedId === null || revealed.current === selectedId) return;
    const el = surface()?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    if (!el) return;
    revealed.current = selectedId;
    if (selectedHere.current !== selectedId) scrollIntoLanes(scrollRef.current, el);
  };

  const engineCallbacks = useLatest<EngineCallbacks>({
    onSelect: (id) => {
      focus.setFocusedId(id);
      selectHere(id);
    },
    onOpenCluster: (cluster) => openCluster(cluster),
    onWindowMove: follow,
    onWindowChange: (w) => commitWindow(w, { animate: false }),
    onDrawn: () => onDrawn(),
  });
  const initialWindow = useRef(shown);
  const { state: handover, dispatch, engine } = useEngine(canvasRef, engineCallbacks, initialWindow);
  const live = !previewShown(handover);
  const reach = () => dispatch({ type: 'reach' });
  const onPreviewPress = usePreviewPress(live, dispatch);

  const surface = useCallback(
    (): HTMLElement | null =>
      live && engine ? engine.root : (canvasRef.current?.querySelector<HTMLElement>('.tl-preview') ?? null),
    [live, engine],
  );

  const onDrawn = () => {
    if (models.length > 0) markDrawn();
    // Sizes are read as the browser lays the page out (useGeometry's observer); reading them
    // after every draw would force a layout of hundreds of items each time.
    if (!geometry) remeasure();
    focus.afterDraw(surface(), scrollRef.current);
    tooltip.afterDraw();
    revealSelected();
  };

  // What to draw, pushed into the engine from effects of their own.
  useEffect(() => engine?.setLanes(lanes), [engine, lanes]);
  useEffect(() => engine?.setItems(drawn), [engine, drawn]);
  useEffect(() => engine?.setState({ selectedId, tabStopId }), [engine, drawn, selectedId, tabStopId]);
  useEffect(() => engine?.setWindow(shown), [engine, shown]);

  // The engine has taken over: focus where the preview had it, on the same event.
  useLayoutEffect(() => {
    if (!live || !engine) return;
    engine.takeOver();
    focus.afterDraw(engine.root, scrollRef.current);
  }, [live, engine, focus]);

  const zoomBy = (factor: number, at?: number) => {
    const next = zoomWindow(stepFrom(), factor, at);
    commitWindow(next);
    setAnnouncement(`Showing ${formatSpan(next.from, next.to)}.`);
  };
  // Every year, whatever the screen opens on (a phone opens on the core years).
  const fitAll = () => {
    const everything = narrow ? FIT_ALL : null;
    commitWindow(everything);
    setAnnouncement('Showing 1907–1937.');
  };

  const drawnCluster = (id: string) => {
    const found = drawn.find((d) => d.kind === 'cluster' && d.cluster.id === id);
    return found?.kind === 'cluster' ? found.cluster : undefined;
  };
  const keys = useTimelineKeys({
    models,
    laneOrder,
    byId,
    focus,
    stepFrom,
    surface,
    scrollRef,
    onReach: reach,
    onSelect: selectHere,
    // Opened from the keyboard, focus goes to the cluster's first event, drawn once the window has
    // zoomed in on it: left on the badge, the redraw put it back on whichever cluster took its id.
    onOpenCluster: (id) => {
      const cluster = drawnCluster(id);
      if (!cluster) return;
      openCluster(cluster);
      keys.focusEvent(cluster.first);
    },
    clusterFirst: (id) => drawnCluster(id)?.first,
    onMove: (w) => commitWindow(w),
    onZoom: zoomBy,
    onFitAll: fitAll,
    announce: setAnnouncement,
    laneName: (id) => lanes.find((l) => l.id === id)?.name ?? id,
  });

  useLaneWheel(scrollRef, {
    laneLeft: geometry?.laneLeft ?? 0,
    laneWidth: laneWidth ?? 1,
    shownRef,
    onReach: reach,
    onMove: follow,
    onSettle: (w) => commitWindow(w, { animate: false }),
  });

  const tooltip = useTooltip({
    event: (id) => byId.get(id),
    cluster: (id) => {
      const found = drawn.find((d) => d.kind === 'cluster' && d.cluster.id === id);
      return found?.kind === 'cluster' ? found.cluster : undefined;
    },
  });

  // Rebuilt every render: its methods read the render's own state.
  useImperativeHandle(ref, () => ({
    focusEvent: (id) => keys.focusEvent(id),
    previewWindow: follow,
  }));

  const onPreviewDrawn = () => {
    prefetchEngine();
    onDrawn();
  };

  const kinds = useMemo(() => [...new Set(models.map((m) => m.kind))].sort(), [models]);
  const toolbar = (
    <TimelineToolbar
      onZoomIn={() => zoomBy(ZOOM_STEP)}
      onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
      onFitAll={fitAll}
      onGoToYear={(year) => {
        commitWindow(yearWindow(year));
        const note = emptyYearNote(year, models);
        setAnnouncement(`Showing ${year}.${note === null ? '' : ` ${note}`}`);
        return note;
      }}
      keyOpen={keyOpen}
      onToggleKey={() => setKeyOpen((open) => !open)}
      onCloseKey={closeKey}
      keyToggleRef={keyToggle}
    />
  );

  return (
    <>
      <section
        ref={sectionRef}
        className="timeline"
        aria-label="Timeline"
        onKeyDown={keys.onKeyDown}
        onPointerEnter={reach}
        onPointerDown={reach}
        onFocus={reach}
      >
        {props.toolsSlot ? (
          createPortal(toolbar, props.toolsSlot)
        ) : (
          <div className="timeline__bar">{toolbar}</div>
        )}
        <TimelineKey open={keyOpen} printing={printing} lanes={lanes} kinds={kinds} onClose={closeKey} />
        <div className="timeline__scroll" ref={scrollRef} onScroll={tooltip.onScroll}>
          <TimeHeader
            window={shown}
            ticks={ticks}
            laneLeft={geometry?.laneLeft ?? 0}
            laneWidth={laneWidth ?? 0}
            corner={<IntroLine onOpenKey={() => setKeyOpen(true)} />}
          />
          <div
            ref={canvasRef}
            id="timeline-events"
            className={`timeline__canvas${handover.phase === 'drawing' || handover.phase === 'waiting' ? ' timeline__canvas--starting' : ''}`}
            role="group"
            aria-label="Events by faction"
            aria-describedby="timeline-keys"
            data-ready={drawn.length > 0 || models.length === 0}
            data-engine={live ? 'vis-timeline' : 'preview'}
            // Busy until the first draw, and while the window glides or is dragged: what is drawn
            // is about to move again (a screen reader may wait; a check of the page should).
            aria-busy={(drawn.length === 0 && models.length > 0) || moving}
            onPointerDown={(e) => {
              onPreviewPress(e);
              tooltip.handlers.onPointerDown(e);
            }}
            onPointerOver={tooltip.handlers.onPointerOver}
            onPointerLeave={tooltip.handlers.onPointerLeave}
            onFocus={(e) => {
              focus.onFocusIn(e.target, (id) => drawnCluster(id)?.first);
              tooltip.handlers.onFocus(e);
            }}
            onBlur={(e) => {
              tooltip.handlers.onBlur(e);
            }}
          >
            <div ref={sampleRef}>
              <ItemSample />
            </div>
            {!live && (
              <TimelinePreview
                lanes={lanes}
                drawn={drawn}
                window={shown}
                laneWidth={laneWidth}
                ticks={ticks}
                selectedId={selectedId}
                tabStopId={tabStopId}
                onSelect={(id) => {
                  focus.setFocusedId(id);
                  selectHere(id);
                }}
                onOpenCluster={openCluster}
                onPan={(w) => commitWindow(w, { animate: false })}
                onPinch={follow}
                onDrawn={onPreviewDrawn}
              />
            )}
          </div>
        </div>
        {props.footer?.(shown)}
        <p className="sr-only" id="timeline-keys">
          Arrow keys move between events, Enter opens one, plus and minus zoom, 0 shows all years.
        </p>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        <TimelineTooltip store={tooltip.store} />
      </section>
      {printing && <PrintList models={models} window={shown} />}
    </>
  );
}
