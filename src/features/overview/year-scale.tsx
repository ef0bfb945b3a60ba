import { memo } from 'react';
import { yearTicks } from './scale';
import type { TimeWindow } from './types';

export interface YearScaleProps {
  extent: TimeWindow;
  /** The strip's width in px, which decides whether labels come every 5 or every 10 years. */
  width: number;
}

/** Year ticks along the foot of the strip; decorative, since the sliders name their years. */
export const YearScale = memo(function YearScale({ extent, width }: YearScaleProps) {
  return (
    <div className="overview__scale" aria-hidden="true">
      {yearTicks(extent, width).map((tick) => (
        <span
          key={tick.year}
          className={`overview__tick${tick.labelled ? ' overview__tick--labelled' : ''}`}
          style={{ left: `${tick.fraction * 100}%` }}
        >
          {tick.labelled ? <span className="overview__year">{tick.year}</span> : null}
        </span>
      ))}
    </div>
  );
});
