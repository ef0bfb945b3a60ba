import type { CSSProperties } from 'react';
import { itemClasses } from '../engine/records';
import { clusterName, clusterText, eventName } from '../item-text';
import { KIND_MARKS } from '../kind-marks';
import type { PlannedCluster, PlannedEvent } from '../layout/plan';
import { rangeBox } from './layout-lanes';

/*
 * The preview's items, built as vis-timeline builds its own (same elements, same classes, the
 * same inner elements as engine/item-element.ts), so the stylesheets size them alike. Their
 * vertical places are written by layoutLanes.
 */

interface EventItemProps {
  drawn: PlannedEvent;
  selected: boolean;
  tabStop: boolean;
  left: number;
  right: number | null;
  laneWidth: number;
}

/** An event as vis-timeline draws it (a point: content and dot; a range: a bar), same classes. */
export function EventItem({ drawn, selected, tabStop, left, right, laneWidth }: EventItemProps) {
  const { model, shape, named, label: name, barPx, rank, flipped } = drawn;
  const mark =
    shape === 'period' ? (
      <span className="tl-item__bar" aria-hidden="true" style={{ width: `${barPx}px` }} />
    ) : (
      <span className="tl-item__mark" aria-hidden="true">
        {KIND_MARKS[model.kind]}
      </span>
    );
  const title = named && <span className="tl-item__title">{name}</span>;
  const type = shape === 'range' ? 'range' : 'point';
  const className = `vis-item vis-${type} ${itemClasses(drawn)}${selected ? ' vis-selected' : ''} vis-readonly`;
  const label = (
    <span
      className="tl-item"
      role="button"
      aria-label={eventName(model)}
      aria-pressed={selected}
      data-event-id={model.id}
      tabIndex={tabStop ? 0 : -1}
    >
      {flipped ? (
        // Written before its event: the name, then a period's bar, or a point's mark and its own dot.
        <>
          {title}
          {mark}
          {shape !== 'period' && <span className="tl-item__dot" aria-hidden="true" />}
        </>
      ) : (
        <>
          {mark}
          {title}
        </>
      )}
    </span>
  );
  const style = { '--faction': model.colour } as CSSProperties;
  if (type === 'range' && right !== null) {
    const box = rangeBox(left, right, laneWidth);
    return (
      <div
        className={className}
        style={{ ...style, transform: `translateX(${box.left}px)`, width: `${box.width}px` }}
        data-left={left}
        data-right={right}
        data-rank={rank}
      >
        <div className="vis-item-overflow">
          <div className="vis-item-content" style={{ transform: `translateX(${box.contentX}px)` }}>
            {label}
          </div>
        </div>
        <div className="vis-item-visible-frame" />
      </div>
    );
  }
  return (
    <div className={className} style={style} data-left={left} data-rank={rank}>
      <div className="vis-item-content">{label}</div>
      <div className={className.replace('vis-point', 'vis-dot')} />
    </div>
  );
}

interface ClusterItemProps {
  drawn: PlannedCluster;
  left: number;
  right: number;
  laneWidth: number;
}

/** A cluster as the engine draws it: a badge at its first event, or a bar over its bin of time. */
export function ClusterItem({ drawn, left, right, laneWidth }: ClusterItemProps) {
  const { cluster, shape, rank } = drawn;
  const badge = (
    <span
      className="tl-cluster"
      role="button"
      tabIndex={0}
      data-cluster-id={cluster.id}
      aria-label={clusterName(cluster)}
    >
      {clusterText(cluster)}
    </span>
  );
  const className = `vis-item vis-${shape === 'bin' ? 'range' : 'point'} ${itemClasses(drawn)} vis-readonly`;
  if (shape === 'badge') {
    return (
      <div className={className} data-left={left} data-rank={rank}>
        <div className="vis-item-content">{badge}</div>
        <div className={className.replace('vis-point', 'vis-dot')} />
      </div>
    );
  }
  const box = rangeBox(left, right, laneWidth);
  return (
    <div
      className={className}
      style={{ transform: `translateX(${box.left}px)`, width: `${box.width}px` }}
      data-left={left}
      data-right={right}
      data-rank={rank}
    >
      <div className="vis-item-overflow">
        <div className="vis-item-content" style={{ transform: `translateX(${box.contentX}px)` }}>
          {badge}
        </div>
      </div>
      <div className="vis-item-visible-frame" />
    </div>
  );
}
