import { useSyncExternalStore } from 'react';
import { formatDate, parseDate } from '../../dates';
import { markExtent, position, stripTicks, WHOLE_PERIOD, type StripWindow } from './strip';
import type { StepView } from './step-view';

export interface TimelineStripProps {
  current: StepView;
  /** The tour's other steps, drawn faintly so the room sees where this one sits in the story. */
  steps: readonly StepView[];
}

const NARROW = '(max-width: 700px)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

/** "February 1921" for a window's edge; "1907" when the window is the whole period. */
function edgeLabel(ms: number, whole: boolean): string {
  const d = new Date(ms);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const date = parseDate(whole ? year : `${year}-${month}`);
  return date ? formatDate(date) : year;
}

function describe(w: StripWindow, current: StepView): string {
  const whole = w.from === WHOLE_PERIOD.from && w.to === WHOLE_PERIOD.to;
  return `Timeline from ${edgeLabel(w.from, whole)} to ${edgeLabel(w.to - 1, whole)}, marking ${current.date}`;
}

/**
 * A light timeline under the slide: the step's window with the event marked. Elements keep their
 * keys from step to step and CSS transitions their positions, so the strip glides to the next
 * event (and simply jumps when the reader asks for reduced motion). Not vis-timeline: a strip
 * this simple needs none of its 114 KB.
 */
export function TimelineStrip({ current, steps }: TimelineStripProps) {
  const w = current.window;
  const mark = markExtent(current.min, current.max, w);
  // A phone's strip has room for about four labels, a projector's for eight.
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow);
  return (
    <div className="present-strip" role="img" aria-label={describe(w, current)}>
      <div className="present-strip__track">
        <div className="present-strip__axis" />
        {/* The scale sits inside the clipped track, so a label at either end is read whole. */}
        <div className="present-strip__scale">
          {stripTicks(w, narrow ? 4 : 8).map((tick) => (
            <div
              key={tick.key}
              className={`present-strip__tick${tick.major ? ' present-strip__tick--major' : ''}`}
              style={{ left: `${tick.x}%` }}
            >
              {tick.label !== null && (
                // Labels beyond the window fade out rather than crowd the edges on a narrow strip.
                <span
                  className={`present-strip__label${tick.x < -0.5 || tick.x > 100.5 ? ' present-strip__label--out' : ''}`}
                >
                  {tick.label}
                </span>
              )}
            </div>
          ))}
          {steps.map((s) =>
            s.number === current.number ? null : (
              <div
                key={s.number}
                className={`present-strip__other${s.number < current.number ? ' present-strip__other--past' : ''}`}
                style={{ left: `${position((s.min + s.max) / 2, w)}%` }}
              />
            ),
          )}
          <div
            className={`present-strip__mark${mark.point ? ' present-strip__mark--point' : ''}`}
            style={{ left: `${mark.left}%`, width: `${mark.width}%` }}
          />
        </div>
      </div>
    </div>
  );
}
