import { startTransition, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Faction } from '../../data/schemas';
import { itemsToDraw, MAX_DRAWN, type ClusterModel } from '../drawn-items';
import { ERAS } from '../eras';
import { densityFor } from '../navigation';
import type { TimelineItemModel } from '../to-items';
import { axisScale, axisTicks } from './axis-ticks';
import { layoutLanes } from './layout-lanes';
import { PreviewAxis } from './preview-axis';
import { ClusterItem, EventItem } from './preview-items';
import { bins, laneCapacity } from '../drawn-density';
// vis-timeline's stylesheet comes with the preview, which draws with its classes before the
// engine's code has loaded.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline-preview.css';
import { usePreviewPan } from './use-preview-pan';

export interface TimelinePreviewProps {
  models: readonly TimelineItemModel[];
  lanes: readonly Faction[];
  window: { from: number; to: number };
  selectedId: string | null;
  /** The event in the Tab order: the focused one, else the selected one, else the first drawn. */
  tabStopId: string | null;
  onSelect: (id: string) => void;
  /** Asks for another window: a cluster opened, a drag across the lanes. */
  onShowWindow: (window: { from: number; to: number }) => void;
  /** Called after each draw, with what it drew. */
  onDrawn: () => void;
  /** Called as the preview goes, with the event whose item has keyboard focus, if one has. */
  onRemove: (focusedId: string | null) => void;
}

type PreviewItem =
  | { kind: 'event'; id: string; model: TimelineItemModel }
  | { kind: 'cluster'; id: string; cluster: ClusterModel };

/**
 * The timeline drawn without vis-timeline, until the reader reaches for it (see timeline-view):
 * vis-timeline's first draw is one long task (lane by lane it writes and measures, some forty
 * layouts), and a page that runs it on load keeps a phone's input waiting. This draws the same
 * lanes, axis and items, with vis-timeline's own classes (so its stylesheet and ours size them
 * alike) and its stacking, measured in one layout: when the engine takes over, it draws them
 * where they already are. Items are buttons that select, as the engine's are; a drag pans it;
 * zooming is the engine's.
 */
export function TimelinePreview(props: TimelinePreviewProps) {
  const { models, lanes, window: win, selectedId, tabStopId, onSelect, onShowWindow, onDrawn } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  // Widths decide what is drawn (clusters, labels, axis steps), so they are measured first: the
  // whole timeline's, which the engine judges density by, and the lanes', which it places by.
  const [sizes, setSizes] = useState<{ whole: number; lanes: number } | null>(null);
  // vis-timeline's axis: a row of major labels over a row of minor ones, each a label tall.
  const [char, setChar] = useState({ width: 8, height: 25 });
  const width = sizes?.lanes ?? null;
  const onDrawnRef = useRef(onDrawn);
  const onRemoveRef = useRef(props.onRemove);
  useLayoutEffect(() => {
    onDrawnRef.current = onDrawn;
    onRemoveRef.current = props.onRemove;
  });

  // Run while the preview's elements are still in the page, so focus can still be read.
  useLayoutEffect(
    () => () => {
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]');
      const inside = focused && rootRef.current?.contains(focused);
      onRemoveRef.current(inside ? (focused.dataset.eventId ?? null) : null);
    },
    [],
  );

  useLayoutEffect(() => {
    const root = rootRef.current;
    const labels = root?.querySelector<HTMLElement>('.vis-labelset');
    if (!root || !labels) return;
    // Read when the browser lays the page out anyway (a resize observer's first report), not
    // forced here; the items are then drawn in a transition of their own, which React can
    // interrupt, so that the page's first frame and the lanes' drawing are separate tasks.
    const observer = new ResizeObserver(() => {
      // `lanes` is the width vis-timeline spreads the window over: the room beside the labels
      // and a pixel more, its lanes' panel being drawn a border wider (measured against it:
      // with this, every item lands within 0.6 px of where vis-timeline draws it).
      const next = { whole: root.clientWidth, lanes: root.offsetWidth - labels.clientWidth + 1 };
      const sample = root.querySelector<HTMLElement>('.vis-measure');
      startTransition(() => {
        setSizes((old) => (old?.whole === next.whole && old.lanes === next.lanes ? old : next));
        if (sample) setChar({ width: sample.clientWidth || 8, height: sample.clientHeight || 25 });
      });
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, []);

  const density = densityFor(win.to - win.from, sizes?.whole ?? 1000);
  const whole = sizes?.whole ?? null;
  const items = useMemo((): PreviewItem[] => {
    if (whole === null) return [];
    return itemsToDraw(models, win, bins(whole), MAX_DRAWN, laneCapacity(whole)).map((d) =>
      d.kind === 'event'
        ? { kind: 'event', id: d.model.id, model: d.model }
        : { kind: 'cluster', id: d.cluster.id, cluster: d.cluster },
    );
  }, [models, win, whole]);

  const ticks = useMemo(() => {
    if (width === null) return { minor: [], major: [] };
    return axisTicks(win, axisScale((win.to - win.from) / width, char.width));
  }, [win, width, char.width]);

  // Items are measured and placed at the start of the next frame, before it is painted, and only
  // when what is drawn changed (a selection or a focus moves nothing): the
  // browser's own style and layout pass then serves, and React's commit stays a task of its own.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || width === null) return;
    const frame = requestAnimationFrame(() => {
      layoutLanes(root, width);
      onDrawnRef.current();
    });
    return () => cancelAnimationFrame(frame);
  }, [items, width, density]);

  const x = (time: number) => ((time - win.from) / (win.to - win.from)) * (width ?? 0);
  const byLane = new Map<string, PreviewItem[]>(lanes.map((l) => [l.id, []]));
  for (const item of items) {
    // What vis-timeline would not draw at all: starting after the window, or ending before it
    // (a point's label may reach into the window: layoutLanes decides those).
    const [start, end, group] =
      item.kind === 'event'
        ? [item.model.start.valueOf(), item.model.end?.valueOf() ?? null, item.model.group]
        : [item.cluster.from, item.cluster.to, item.cluster.group];
    if (start >= win.to || (end !== null && end <= win.from)) continue;
    byLane.get(group)?.push(item);
  }

  // One event is in the Tab order: the one asked for if it is drawn, else the first drawn.
  // A point that starts before the window may be left out altogether (layoutLanes), so it is
  // not offered as the Tab stop.
  const drawnEvents = [...byLane.values()]
    .flat()
    .flatMap((i) =>
      i.kind === 'event' && (i.model.type === 'range' || i.model.start.valueOf() >= win.from)
        ? [i.model]
        : [],
    );
  const earliest = drawnEvents.reduce<TimelineItemModel | null>(
    (first, m) => (first === null || m.start < first.start ? m : first),
    null,
  );
  const tabStop = drawnEvents.some((m) => m.id === tabStopId) ? tabStopId : (earliest?.id ?? null);

  const pan = usePreviewPan(rootRef, win, width, onShowWindow);

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (pan.endsDrag()) return;
    const target = e.target as HTMLElement;
    const eventId = target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (eventId !== undefined) {
      onSelect(eventId);
      return;
    }
    const clusterId = target.closest<HTMLElement>('[data-cluster-id]')?.dataset.clusterId;
    const cluster = items.find((i) => i.id === clusterId);
    if (cluster?.kind === 'cluster') onShowWindow(cluster.cluster);
  };

  return (
    <div ref={rootRef} className="vis-timeline tl-preview" data-density={density} onClick={onClick}>
      <div className="tl-preview__corner" />
      <PreviewAxis ticks={ticks} x={x} windowEnd={win.to} labelHeight={char.height} />
      <div className="vis-labelset tl-preview__labels">
        <div className="vis-label tl-era-lane" data-lane="eras">
          <div className="vis-inner">
            <span className="tl-lane tl-lane--eras">Period</span>
          </div>
        </div>
        {lanes.map((lane) => (
          <div key={lane.id} className="vis-label" data-lane={lane.id}>
            <div className="vis-inner">
              <span className="tl-lane">
                <span
                  className="tl-lane__swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: lane.colour }}
                />
                <span className="tl-lane__name">{lane.name}</span>
                <span className="tl-lane__short" aria-hidden="true">
                  {lane.shortName}
                </span>
              </span>
            </div>
          </div>
        ))}
      </div>
      <div className="tl-preview__center vis-center" {...pan.handlers}>
        <div className="tl-preview__pan">
          <div className="vis-time-axis vis-background">
            {ticks.minor.map((tick, i) => (
              <div
                key={tick.at}
                className="vis-grid vis-vertical vis-minor"
                style={{
                  transform: `translateX(${x(tick.at)}px)`,
                  width: `${x(ticks.minor[i + 1]?.at ?? win.to) - x(tick.at)}px`,
                }}
              />
            ))}
          </div>
          {ERAS.map((era) => (
            <div
              key={era.id}
              className={`vis-item vis-background tl-era-band ${era.id}`}
              style={{ transform: `translateX(${x(era.from)}px)`, width: `${x(era.to) - x(era.from)}px` }}
            />
          ))}
          <div className="vis-foreground">
            <div className="vis-group tl-era-lane" data-lane="eras">
              {ERAS.map((era) => (
                <div
                  key={era.id}
                  className={`vis-item vis-background tl-era-band tl-era-band--label ${era.id}`}
                  style={{ transform: `translateX(${x(era.from)}px)`, width: `${x(era.to) - x(era.from)}px` }}
                >
                  <div className="vis-item-overflow">
                    <div className="vis-item-content">
                      <span className="tl-era">{era.label}</span>
                    </div>
                  </div>
                </div>
              ))}
            </div>
            {lanes.map((lane) => (
              <div key={lane.id} className="vis-group" data-lane={lane.id}>
                {byLane
                  .get(lane.id)
                  ?.map((item) =>
                    item.kind === 'event' ? (
                      <EventItem
                        key={item.id}
                        model={item.model}
                        density={density}
                        selected={item.id === selectedId}
                        tabStop={item.id === tabStop}
                        left={x(item.model.start.valueOf())}
                        right={item.model.end ? x(item.model.end.valueOf()) : null}
                        laneWidth={width ?? 0}
                      />
                    ) : (
                      <ClusterItem
                        key={item.id}
                        cluster={item.cluster}
                        left={x(item.cluster.from)}
                        right={x(item.cluster.to)}
                        laneWidth={width ?? 0}
                      />
                    ),
                  )}
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
