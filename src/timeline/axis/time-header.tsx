import type { CSSProperties, ReactNode } from 'react';
import type { TimeWindow } from '../../state/slices';
import { ERAS } from '../../dates/eras';
import { majorsWithRoom, minorsInView, type AxisTicks } from './axis-ticks';

export interface TimeHeaderProps {
  window: TimeWindow;
  ticks: AxisTicks;
  /** Where the lanes begin and how wide they are, in pixels from the timeline's left edge. */
  laneLeft: number;
  laneWidth: number;
  /** What the corner above the lane names holds (the first-time reader's pointers). */
  corner?: ReactNode;
}

/**
 * The time axis and the era names, above the lanes and sticky at the top of their scrolling box,
 * so the dates stay in view however far down the lanes a reader scrolls. Drawn by the view for
 * the preview and the engine alike (vis-timeline's own axis is switched off), with vis-timeline's
 * axis classes, so its grid lines under the lanes meet these labels. Decorative for screen
 * readers: every event's name carries its date, and the overview strip says what is in view.
 */
export function TimeHeader({ window: win, ticks, laneLeft, laneWidth, corner }: TimeHeaderProps) {
  const x = (time: number) => ((time - win.from) / (win.to - win.from)) * laneWidth;
  const majors = majorsWithRoom(ticks.major, x, win.from);
  const minors = minorsInView(ticks.minor, x);
  return (
    <div
      className="tl-header"
      style={laneLeft > 0 ? ({ '--lane-left': `${laneLeft}px` } as CSSProperties) : undefined}
    >
      <div className="tl-header__corner">{corner}</div>
      <div className="tl-header__track vis-time-axis vis-foreground" aria-hidden="true">
        {/* vis-timeline chooses its steps by the width of this sample: so does axisScale. */}
        <div className="vis-text vis-minor vis-measure">0</div>
        {majors.length > 0 && (
          <div className="tl-header__row tl-header__row--major">
            {majors.map((tick) => (
              <div
                key={tick.at}
                className="vis-text vis-major"
                style={{ transform: `translateX(${Math.max(0, x(tick.at))}px)` }}
              >
                {tick.label}
              </div>
            ))}
          </div>
        )}
        <div className="tl-header__row">
          {minors.map((tick, i) => (
            <div
              key={tick.at}
              className="vis-text vis-minor"
              style={{
                transform: `translateX(${x(tick.at)}px)`,
                width: `${x(minors[i + 1]?.at ?? win.to) - x(tick.at)}px`,
              }}
            >
              {tick.label}
            </div>
          ))}
        </div>
        <div className="tl-header__row tl-header__row--eras">
          {ERAS.map((era) => {
            const left = Math.max(x(era.from), 0);
            const right = Math.min(x(era.to), laneWidth);
            if (right <= left) return null;
            return (
              <div
                key={era.id}
                className={`tl-header__era ${era.id}`}
                style={{ transform: `translateX(${left}px)`, width: `${right - left}px` }}
              >
                <span className="tl-era">{era.label}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
