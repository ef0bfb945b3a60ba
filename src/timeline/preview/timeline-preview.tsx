import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { Faction } from '../../data/schemas';
import type { TimeWindow } from '../../state/slices';
import { factionColour } from '../../ui/faction-colour';
import type { AxisTicks } from '../axis/axis-ticks';
import { ERAS } from '../../dates/eras';
import type { ClusterModel, Drawn } from '../layout/plan';
import { layoutLanes } from './layout-lanes';
import { ClusterItem, EventItem } from './preview-items';
// vis-timeline's stylesheet comes with the preview, which draws with its classes before the
// engine's code has loaded.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline-preview.css';
import { usePreviewPan } from './use-preview-pan';

export interface TimelinePreviewProps {
  lanes: readonly Faction[];
  /** What the plan drew (layout/plan.ts); empty until the lanes' width is known. */
  drawn: readonly Drawn[];
  window: TimeWindow;
  /** The lanes' width in pixels, null until measured. */
  laneWidth: number | null;
  /** The grid lines under the lanes: the axis's ticks. */
  ticks: AxisTicks;
  selectedId: string | null;
  tabStopId: string | null;
  onSelect: (id: string) => void;
  onOpenCluster: (cluster: ClusterModel) => void;
  /** A drag or a pinch ended on this window. */
  onPan: (window: TimeWindow) => void;
  /** A pinch under way shows this window. */
  onPinch: (window: TimeWindow) => void;
  /** Called after each draw. */
  onDrawn: () => void;
}

/**
 * The timeline drawn without vis-timeline, until the reader reaches for it (see
 * timeline-view.tsx and handover.ts): vis-timeline's first draw is one long task (lane by lane it
 * writes and measures, some forty layouts), and a page that runs it on load keeps a phone's input
 * waiting. This draws the same lanes and items from the same plan, with vis-timeline's own
 * classes (so its stylesheet and ours size them alike) and its stacking, measured in one layout:
 * when the engine takes over, it draws them where they already are. Items are buttons that
 * select, as the engine's are; a drag pans it.
 */
/**
 * An item's elements: a bar (a range, a cluster's bin) or a dot and its label (a point, a period,
 * a badge). Part of the item's key, so that an item that changes from one to the other (it gains
 * or loses room as the window or the lanes' height changes) gets new elements: reused, they kept
 * what layoutLanes wrote for the old shape (a bar's `top` under a point's translate put it a
 * second row lower, over its neighbour).
 */
const structureOf = (item: Drawn): 'bar' | 'dot' =>
  (item.kind === 'event' ? item.shape === 'range' : item.shape === 'bin') ? 'bar' : 'dot';

export function TimelinePreview(props: TimelinePreviewProps) {
  const { lanes, drawn, window: win, laneWidth, ticks, selectedId, tabStopId } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const onDrawnRef = useRef(props.onDrawn);
  useLayoutEffect(() => {
    onDrawnRef.current = props.onDrawn;
  });

  // Items are measured and placed at the start of the next frame, before it is painted, and only
  // when what is drawn changed (a selection or a focus moves nothing): the browser's own style
  // and layout pass then serves, and React's commit stays a task of its own.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || laneWidth === null) return;
    const frame = requestAnimationFrame(() => {
      layoutLanes(root, laneWidth);
      onDrawnRef.current();
    });
    return () => cancelAnimationFrame(frame);
  }, [drawn, laneWidth, lanes]);

  const width = laneWidth ?? 0;
  const x = (time: number) => ((time - win.from) / (win.to - win.from)) * width;
  const byLane = new Map<string, Drawn[]>(lanes.map((l) => [l.id, []]));
  for (const item of drawn) {
    // What vis-timeline would not draw at all: starting after the window, or ending before it
    // (a point's label may reach into the window: layoutLanes decides those).
    const [start, end, group] =
      item.kind === 'event'
        ? [
            item.model.start.valueOf(),
            item.shape === 'range' ? (item.model.end?.valueOf() ?? null) : null,
            item.model.group,
          ]
        : [item.at, item.shape === 'bin' ? item.cluster.to : null, item.cluster.group];
    if (start >= win.to || (end !== null && end <= win.from)) continue;
    byLane.get(group)?.push(item);
  }

  const pan = usePreviewPan(rootRef, win, laneWidth, props);

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (pan.endsDrag()) return;
    const target = e.target as HTMLElement;
    const eventId = target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (eventId !== undefined) {
      props.onSelect(eventId);
      return;
    }
    const clusterId = target.closest<HTMLElement>('[data-cluster-id]')?.dataset.clusterId;
    const cluster = drawn.find((d) => d.kind === 'cluster' && d.cluster.id === clusterId);
    if (cluster?.kind === 'cluster') props.onOpenCluster(cluster.cluster);
  };

  return (
    <div ref={rootRef} className="vis-timeline tl-preview" onClick={onClick}>
      <div className="vis-labelset tl-preview__labels">
        {lanes.map((lane) => (
          <div key={lane.id} className="vis-label" data-lane={lane.id}>
            <div className="vis-inner">
              <span className="tl-lane">
                <span
                  className="tl-lane__swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: factionColour(lane) }}
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
            {lanes.map((lane) => (
              <div key={lane.id} className="vis-group" data-lane={lane.id}>
                {byLane
                  .get(lane.id)
                  ?.map((item) =>
                    item.kind === 'event' ? (
                      <EventItem
                        key={`${item.model.id}:${structureOf(item)}${item.flipped ? ':flipped' : ''}`}
                        drawn={item}
                        selected={item.model.id === selectedId}
                        tabStop={item.model.id === tabStopId}
                        left={x(item.at)}
                        right={item.model.end ? x(item.model.end.valueOf()) : null}
                        laneWidth={width}
                      />
                    ) : (
                      <ClusterItem
                        key={`${item.cluster.id}:${structureOf(item)}`}
                        drawn={item}
                        left={x(item.at)}
                        right={x(item.cluster.to)}
                        laneWidth={width}
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
