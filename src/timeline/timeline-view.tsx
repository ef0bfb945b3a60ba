import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { EventListing, Faction } from '../data/schemas';
import type { TimeWindow } from '../state/slices';
import { TimelineEngine } from './engine';
import type { Direction } from './navigation';
import { lanesFor, toTimelineItems } from './to-items';
import { TimelineToolbar } from './timeline-toolbar';

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

/**
 * React face of the vis-timeline engine: the engine is created once, every prop change is
 * pushed into it from its own effect, and it is destroyed on unmount.
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
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const items = useMemo(() => toTimelineItems(events, factions), [events, factions]);
  const lanes = useMemo(() => lanesFor(events, factions), [events, factions]);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const engine = new TimelineEngine(
      container,
      {
        onSelect: (id) => propsRef.current.onSelect(id),
        onWindowChange: (from, to) => propsRef.current.onWindowChange({ from, to }),
        onReady: () => setReady(true),
        onFocusEvent: (id) => setAnnouncement(itemsRef.current.find((i) => i.id === id)?.label() ?? ''),
      },
      propsRef.current.timeWindow,
    );
    engineRef.current = engine;
    return () => {
      engine.destroy();
      engineRef.current = null;
    };
  }, []);

  useImperativeHandle(ref, () => ({ focusEvent: (id) => engineRef.current?.focusEvent(id) }), []);

  useEffect(() => {
    engineRef.current?.setData(items, lanes);
  }, [items, lanes]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    engine.setSelection(selectedId);
    if (selectedId !== null) engine.reveal(selectedId);
  }, [selectedId, items]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    if (timeWindow) engine.setWindow(timeWindow.from, timeWindow.to);
    else engine.fitAll();
  }, [timeWindow]);

  const act = (action: (engine: TimelineEngine) => void, fit = false) => {
    const engine = engineRef.current;
    if (!engine) return;
    action(engine);
    propsRef.current.onWindowChange(fit ? null : engine.getWindow());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const engine = engineRef.current;
    if (!engine) return;
    const focusedId = (e.target as HTMLElement).closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    const direction = ARROWS[e.key];
    if (focusedId && direction) {
      const next = engine.neighbourOf(focusedId, direction);
      if (next) engine.focusEvent(next);
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

  return (
    <section className="timeline" aria-label="Timeline" onKeyDown={onKeyDown}>
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
        className="timeline__canvas"
        role="group"
        aria-label="Events by faction"
        aria-describedby="timeline-keys"
        data-ready={ready}
        aria-busy={!ready}
      />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
