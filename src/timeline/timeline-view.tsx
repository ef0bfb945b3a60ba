import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { EventListing, Faction } from '../data/schemas';
import type { TimeWindow } from '../state/slices';
import type { TimelineEngine } from './engine';
import { markDrawn } from './draw-marks';
import { FIT_ALL } from './limits';
import { neighbour, type Direction } from './navigation';
import { prefetchEngine } from './prefetch-engine';
import { TimelinePreview } from './preview/timeline-preview';
import { lanesFor, toTimelineItems } from './to-items';
import { TimelineToolbar } from './timeline-toolbar';
import './timeline.css';

export interface TimelineHandle {
  /** Puts keyboard focus on an event's item, scrolling the timeline to it. */
  focusEvent: (id: string) => void;
}

export interface TimelineViewProps {
  events: readonly EventListing[];
  factions: readonly Faction[];
  selectedId: string | null;
  timeWindow: TimeWindow | null;
  onSelect: (id: string | null) => void;
  onWindowChange: (w: TimeWindow | null) => void;
  ref?: Ref<TimelineHandle>;
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

type EngineWork = (engine: TimelineEngine) => void;

/**
 * React face of the timeline. It opens with a preview drawn by React (preview/), and starts the
 * vis-timeline engine when the reader reaches for the timeline: a pointer over it, a touch, the
 * wheel, focus or a key inside it. The engine's first draw is one long task; run on load, it was
 * most of a phone's blocked time (Lighthouse's TBT), for a picture the preview draws as well.
 * The preview gives way once the engine has drawn, with every item where it was.
 *
 * The engine is created once, every prop change is pushed into it from its own effect, and it
 * is destroyed on unmount.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, factions, selectedId, timeWindow, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<TimelineEngine | null>(null);
  // Callbacks change identity on every render; the engine reads the latest through this ref.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });
  const [engineWanted, setEngineWanted] = useState(false);
  const [engineDrawn, setEngineDrawn] = useState(false);
  const [previewDrawn, setPreviewDrawn] = useState(false);
  // A press on the preview that began before the engine drew: the swap waits for its click.
  const [pointerHeld, setPointerHeld] = useState(false);
  const live = engineDrawn && !pointerHeld;
  /** What was asked of the engine before it had drawn (a zoom, a focus), done once it has. */
  const pending = useRef<EngineWork[]>([]);
  /** The preview's item last focused: the one in the Tab order while the preview shows. */
  const [previewFocusId, setPreviewFocusId] = useState<string | null>(null);
  /** The event whose preview item had focus as the preview went, to focus in the engine. */
  const handoffFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const items = useMemo(() => toTimelineItems(events, factions), [events, factions]);
  const lanes = useMemo(() => lanesFor(events, factions), [events, factions]);
  const laneOrder = useMemo(() => lanes.map((l) => l.id), [lanes]);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);
  const announce = (id: string) => setAnnouncement(itemsRef.current.find((i) => i.id === id)?.label() ?? '');

  const wantEngine = () => setEngineWanted(true);
  /**
   * The preview's item for an event. Only the preview's: while the engine draws, the container
   * holds its items too, unreachable (inert) until it takes over.
   */
  const previewItem = (id: string) =>
    containerRef.current?.querySelector<HTMLElement>(`.tl-preview [data-event-id="${CSS.escape(id)}"]`) ??
    null;

  // The engine's code (vis-timeline, moment: most of the timeline's bytes) loads when wanted.
  const [Engine, setEngine] = useState<typeof TimelineEngine | null>(null);
  useEffect(() => {
    if (!engineWanted) return;
    let cancelled = false;
    import('./engine').then(
      (module) => {
        if (!cancelled) setEngine(() => module.TimelineEngine);
      },
      () => {
        // Offline, say, with the code not yet fetched: the preview stays, and the next reach
        // for the timeline tries again.
        if (!cancelled) setEngineWanted(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [engineWanted]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !Engine) return;
    const engine = new Engine(
      container,
      {
        onSelect: (id) => propsRef.current.onSelect(id),
        onWindowChange: (from, to) => propsRef.current.onWindowChange({ from, to }),
        onReady: () => setEngineDrawn(true),
        onFocusEvent: announce,
      },
      propsRef.current.timeWindow,
    );
    engineRef.current = engine;
    return () => {
      engine.destroy();
      engineRef.current = null;
      setEngineDrawn(false);
    };
  }, [Engine]);

  useImperativeHandle(
    ref,
    () => ({
      focusEvent: (id) => {
        const engine = engineRef.current;
        if (engine && live) {
          engine.focusEvent(id);
          return;
        }
        const drawn = previewItem(id);
        if (drawn) drawn.focus();
        else {
          pending.current.push((e) => e.focusEvent(id));
          wantEngine();
        }
      },
    }),
    [live],
  );

  useEffect(() => {
    engineRef.current?.setData(items, lanes);
  }, [items, lanes, Engine]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    engine.setSelection(selectedId);
    if (selectedId !== null) engine.reveal(selectedId);
  }, [selectedId, items, Engine]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    if (timeWindow) engine.setWindow(timeWindow.from, timeWindow.to);
    else engine.fitAll();
  }, [timeWindow, Engine]);

  // The preview shows its window as it is: an event selected elsewhere (the list, the panel's
  // next and previous) outside it needs the engine to bring it into view.
  const shownWindow = timeWindow ?? FIT_ALL;
  useEffect(() => {
    if (engineWanted || selectedId === null) return;
    const model = itemsRef.current.find((m) => m.id === selectedId);
    const at = model?.start.valueOf();
    if (at !== undefined && (at < shownWindow.from || at > shownWindow.to)) setEngineWanted(true);
  }, [selectedId, shownWindow, engineWanted]);

  // The engine has taken over: what was asked meanwhile, and focus where the preview had it.
  // In the commit that removes the preview, so that no key pressed meanwhile lands on the page.
  useLayoutEffect(() => {
    const engine = engineRef.current;
    if (!live || !engine) return;
    engine.takeOver();
    if (handoffFocus.current !== null) engine.focusEvent(handoffFocus.current);
    handoffFocus.current = null;
    for (const work of pending.current.splice(0)) work(engine);
  }, [live]);

  /** Holds the swap while a press on the preview lasts, and a moment after: its click lands first. */
  const holdPointer = () => {
    if (live) return;
    setPointerHeld(true);
    const release = () => {
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
      setTimeout(() => setPointerHeld(false));
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
  };

  /** Runs `action` on the engine, now or once it has drawn, and reports the new window. */
  const act = (action: EngineWork, fit = false) => {
    const work: EngineWork = (engine) => {
      action(engine);
      propsRef.current.onWindowChange(fit ? null : engine.getWindow());
    };
    const engine = engineRef.current;
    if (engine && live) work(engine);
    else {
      pending.current.push(work);
      wantEngine();
    }
  };

  const moveFocus = (from: string, direction: Direction) => {
    const engine = engineRef.current;
    if (engine && live) {
      const next = engine.neighbourOf(from, direction);
      if (next) engine.focusEvent(next);
      return;
    }
    const next = neighbour(items, laneOrder, from, direction);
    if (!next) return;
    announce(next);
    const drawn = previewItem(next);
    if (drawn) drawn.focus();
    else pending.current.push((e) => e.focusEvent(next));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    wantEngine();
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const focusedId = (e.target as HTMLElement).closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    const direction = ARROWS[e.key];
    if (focusedId && direction) {
      moveFocus(focusedId, direction);
      e.preventDefault();
    } else if (focusedId && (e.key === 'Enter' || e.key === ' ')) {
      propsRef.current.onSelect(focusedId);
      e.preventDefault();
    } else if (e.key === '+' || e.key === '=') {
      act((en) => en.zoom('in'));
      e.preventDefault();
    } else if (e.key === '-' || e.key === '_') {
      act((en) => en.zoom('out'));
      e.preventDefault();
    } else if (e.key === '0') {
      act((en) => en.fitAll(), true);
      e.preventDefault();
    }
  };

  const onPreviewDrawn = () => {
    if (items.length > 0) markDrawn();
    prefetchEngine();
    setPreviewDrawn(true);
  };

  const ready = live || previewDrawn;
  return (
    <section
      className="timeline"
      aria-label="Timeline"
      onKeyDown={onKeyDown}
      onPointerEnter={wantEngine}
      onPointerDown={wantEngine}
      onWheel={wantEngine}
      onFocus={wantEngine}
    >
      <div className="timeline__bar">
        <TimelineToolbar
          onZoomIn={() => act((e) => e.zoom('in'))}
          onZoomOut={() => act((e) => e.zoom('out'))}
          onFitAll={() => act((e) => e.fitAll(), true)}
        />
        <p className="timeline__hint" id="timeline-keys">
          Arrow keys move between events, Enter opens one, + and − zoom, 0 shows everything. Ctrl + wheel
          zooms.
        </p>
      </div>
      <div
        ref={containerRef}
        className={`timeline__canvas${Engine && !live ? ' timeline__canvas--starting' : ''}`}
        role="group"
        aria-label="Events by faction"
        aria-describedby="timeline-keys"
        data-ready={ready}
        data-engine={live ? 'vis-timeline' : 'preview'}
        aria-busy={!ready}
        onPointerDown={holdPointer}
        onFocus={(e) => {
          if (!live) setPreviewFocusId((e.target as HTMLElement).dataset.eventId ?? null);
        }}
      >
        {!live && (
          <TimelinePreview
            models={items}
            lanes={lanes}
            window={shownWindow}
            selectedId={selectedId}
            tabStopId={previewFocusId ?? selectedId}
            onSelect={(id) => propsRef.current.onSelect(id)}
            onShowWindow={(w) => propsRef.current.onWindowChange(w)}
            onDrawn={onPreviewDrawn}
            onRemove={(id) => {
              handoffFocus.current = id;
            }}
          />
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
