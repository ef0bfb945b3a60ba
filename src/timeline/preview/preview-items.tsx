import type { ClusterModel } from '../drawn-items';
import { KIND_MARKS } from '../kind-marks';
import type { Density } from '../navigation';
import type { TimelineItemModel } from '../to-items';
import { rangeBox } from './layout-lanes';

/*
 * The preview's items, built as vis-timeline builds its own (same elements, same classes), so the
 * stylesheets size them alike. Their vertical places are written by layoutLanes.
 */

interface EventItemProps {
  model: TimelineItemModel;
  density: Density;
  selected: boolean;
  tabStop: boolean;
  left: number;
  right: number | null;
  laneWidth: number;
}

/** An event as vis-timeline draws it (a point: content and dot; a range: a bar), same classes. */
export function EventItem({ model, density, selected, tabStop, left, right, laneWidth }: EventItemProps) {
  const className = `vis-item vis-${model.type} tl-event tl-kind-${model.kind} tl-density-${density}${selected ? ' vis-selected' : ''} vis-readonly`;
  const label = (
    <span
      className="tl-item"
      id={`tl-item-${model.id}`}
      role="button"
      aria-label={model.label()}
      aria-pressed={selected}
      data-event-id={model.id}
      tabIndex={tabStop ? 0 : -1}
    >
      <span className="tl-item__mark" aria-hidden="true">
        {KIND_MARKS[model.kind]}
      </span>
      <span className="tl-item__title">{model.title}</span>
    </span>
  );
  const style = { '--faction': model.colour } as Record<string, string>;
  if (model.type === 'range' && right !== null) {
    const box = rangeBox(left, right, laneWidth);
    return (
      <div
        className={className}
        style={{ ...style, transform: `translateX(${box.left}px)`, width: `${box.width}px` }}
        data-left={left}
        data-right={right}
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
    <div className={className} style={style} data-left={left}>
      <div className="vis-item-content">{label}</div>
      <div className={className.replace('vis-point', 'vis-dot')} />
    </div>
  );
}

interface ClusterItemProps {
  cluster: ClusterModel;
  left: number;
  right: number;
  laneWidth: number;
}

export function ClusterItem({ cluster, left, right, laneWidth }: ClusterItemProps) {
  const box = rangeBox(left, right, laneWidth);
  return (
    <div
      className="vis-item vis-range tl-cluster-item vis-readonly"
      style={{ transform: `translateX(${box.left}px)`, width: `${box.width}px` }}
      data-left={left}
      data-right={right}
    >
      <div className="vis-item-overflow">
        <div className="vis-item-content" style={{ transform: `translateX(${box.contentX}px)` }}>
          <span
            className="tl-cluster"
            data-cluster-id={cluster.id}
            aria-label={`${cluster.count} events close together; zoom in to see them`}
          >
            {cluster.count}
          </span>
        </div>
      </div>
      <div className="vis-item-visible-frame" />
    </div>
  );
}
