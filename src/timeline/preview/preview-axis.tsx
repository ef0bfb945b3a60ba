import type { AxisTicks } from './axis-ticks';

export interface PreviewAxisProps {
  ticks: AxisTicks;
  /** Where a time is, in pixels from the lanes' left edge. */
  x: (time: number) => number;
  windowEnd: number;
  /** The height of one row of labels: vis-timeline's axis is two, major labels over minor ones. */
  labelHeight: number;
}

/** The time axis over the preview's lanes, as vis-timeline draws it (same elements, same classes). */
export function PreviewAxis({ ticks, x, windowEnd, labelHeight }: PreviewAxisProps) {
  return (
    <div className="vis-time-axis vis-foreground tl-preview__axis" style={{ height: `${2 * labelHeight}px` }}>
      <div className="vis-text vis-minor vis-measure">0</div>
      <div className="tl-preview__pan">
        {/* vis-timeline's grid lines begin at the minor labels' row. */}
        {ticks.minor.map((tick) => (
          <div
            key={`grid-${tick.at}`}
            className="vis-grid vis-vertical vis-minor"
            style={{
              transform: `translate(${x(tick.at)}px, ${labelHeight}px)`,
              height: `${labelHeight}px`,
            }}
          />
        ))}
        {ticks.minor.map((tick, i) => (
          <div
            key={`minor-${tick.at}`}
            className="vis-text vis-minor"
            style={{
              transform: `translate(${x(tick.at)}px, ${labelHeight}px)`,
              width: `${x(ticks.minor[i + 1]?.at ?? windowEnd) - x(tick.at)}px`,
            }}
          >
            {tick.label}
          </div>
        ))}
        {ticks.major.map((tick) => (
          <div
            key={`major-${tick.at}`}
            className="vis-text vis-major"
            style={{ transform: `translateX(${Math.max(0, x(tick.at))}px)` }}
          >
            {tick.label}
          </div>
        ))}
      </div>
    </div>
  );
}
