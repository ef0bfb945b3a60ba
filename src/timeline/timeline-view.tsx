import { useEffect, useMemo, useRef, useState } from 'react';
import type { Faction, HistoricalEvent } from '../data/schemas';
import type { TimeWindow } from '../state/slices';
import { TimelineEngine } from './engine';
import { lanesFor, toTimelineItems } from './to-items';
import { TimelineToolbar } from './timeline-toolbar';

export interface TimelineViewProps {
  events: readonly HistoricalEvent[];
  factions: readonly Faction[];
  selectedId: string | null;
  timeWindow: TimeWindow | null;
  onSelect: (id: string | null) => void;
  onWindowChange: (w: TimeWindow | null) => void;
}

/**
 * React face of the vis-timeline engine: the engine is created once, every prop change is
 * pushed into it from its own effect, and it is destroyed on unmount.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, factions, selectedId, timeWindow } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<TimelineEngine | null>(null);
  // Callbacks change identity on every render; the engine reads the latest through this ref.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const engine = new TimelineEngine(
      container,
      {
        onSelect: (id) => propsRef.current.onSelect(id),
        onWindowChange: (from, to) => propsRef.current.onWindowChange({ from, to }),
        onReady: () => setReady(true),
      },
      propsRef.current.timeWindow,
    );
    engineRef.current = engine;
    return () => {
      engine.destroy();
      engineRef.current = null;
    };
  }, []);

  const items = useMemo(() => toTimelineItems(events, factions), [events, factions]);
  const lanes = useMemo(() => lanesFor(events, factions), [events, factions]);

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

  return (
    <section className="timeline" aria-label="Timeline of events by faction">
      <TimelineToolbar
        onZoomIn={() => act((e) => e.zoom('in'))}
        onZoomOut={() => act((e) => e.zoom('out'))}
        onFitAll={() => act((e) => e.fitAll(), true)}
      />
      <div
        ref={containerRef}
        className="timeline__canvas"
        role="group"
        aria-label="Events by faction"
        data-ready={ready}
        aria-busy={!ready}
      />
    </section>
  );
}
