import type { CSSProperties } from 'react';
import { useSyncExternalStore } from 'react';
import { timelineName, type Faction } from '../../data/schemas';
import { ERAS } from '../../dates/eras';
import { factionColour } from '../../ui/faction-colour';
import {
  eraBands,
  markExtent,
  neighbourLabel,
  position,
  stripTicks,
  WHOLE_PERIOD,
  type NeighbourLabel,
} from './strip';
import type { StepView } from './step-view';

export interface TimelineStripProps {
  current: StepView;
  /** Every step of the tour, drawn in its faction's colour so the room sees where this one sits. */
  steps: readonly StepView[];
  factions: readonly Faction[];
}

const NARROW = '(max-width: 700px)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

const W = WHOLE_PERIOD;
const FIRST = new Date(W.from).getUTCFullYear();
const LAST = new Date(W.to - 1).getUTCFullYear();

function describe(current: StepView, before: StepView | undefined, after: StepView | undefined): string {
  const era = ERAS.find((e) => current.min < e.to && current.max >= e.from);
  const parts = [
    `Timeline ${FIRST}–${LAST}, marking step ${current.number}, ${current.date}${era ? ` (${era.label})` : ''}`,
    before && `before it step ${before.number}, ${timelineName(before.event)} (${before.date})`,
    after && `after it step ${after.number}, ${timelineName(after.event)} (${after.date})`,
  ];
  return `${parts.filter(Boolean).join('; ')}.`;
}

function labelStyle(label: NeighbourLabel): CSSProperties {
  return label.anchor === 'end'
    ? { right: `${label.inset}%`, maxWidth: `${label.room}%` }
    : { left: `${label.inset}%`, maxWidth: `${label.room}%` };
}

/**
 * A strip of the whole period, 1907–1937, under the slide: the eras as bands, every step of the
 * tour in its faction's colour (a period as a bar from its start to its end, a day as a dot), this
 * step marked large, the steps either side named, and this step's window outlined (where Esc
 * takes the explorer). Marks keep their keys from step to step and CSS transitions them, so the
 * mark glides to the next event. Not vis-timeline: a strip this simple needs none of its 114 KB.
 */
export function TimelineStrip({ current, steps, factions }: TimelineStripProps) {
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow);
  const colourOf = (view: StepView) => {
    const faction = factions.find((f) => f.id === view.event.factions[0]);
    return faction ? factionColour(faction) : 'var(--p-muted)';
  };
  const index = steps.findIndex((s) => s.number === current.number);
  const before = index > 0 ? steps[index - 1] : undefined;
  const after = index >= 0 ? steps[index + 1] : undefined;
  const windowLeft = Math.max(position(current.window.from, W), 0);
  const windowRight = Math.min(position(current.window.to, W), 100);
  const neighbour = (view: StepView | undefined, side: 'before' | 'after') => {
    if (!view) return null;
    const mark = markExtent(view.min, view.max, W);
    // Named from the mark's end that faces away from this step.
    const x = mark.point ? mark.left : side === 'before' ? mark.left : mark.left + mark.width;
    return (
      <span
        key={`${side}-${view.number}`}
        className={`present-strip__name present-strip__name--${side}`}
        style={labelStyle(neighbourLabel(x, side))}
      >
        {side === 'before' && <span aria-hidden="true">‹ </span>}
        <span className="present-strip__name-number">{view.number}</span> {timelineName(view.event)}
        {side === 'after' && <span aria-hidden="true"> ›</span>}
      </span>
    );
  };

  return (
    <div className="present-strip" role="img" aria-label={describe(current, before, after)}>
      <div className="present-strip__track">
        {eraBands(ERAS, W).map((band) => (
          <div
            key={band.id}
            className="present-strip__era"
            style={{ left: `${band.left}%`, width: `${band.width}%` }}
          >
            <span className="present-strip__era-label">{band.label}</span>
          </div>
        ))}
        <div
          className="present-strip__window"
          style={{ left: `${windowLeft}%`, width: `${Math.max(windowRight - windowLeft, 0)}%` }}
        />
        <div className="present-strip__names">
          {neighbour(before, 'before')}
          {neighbour(after, 'after')}
        </div>
        <div className="present-strip__axis" />
        {stripTicks(W, narrow ? 4 : 8)
          .filter((tick) => tick.x >= 0 && tick.x <= 100)
          .map((tick) => (
            <div
              key={tick.key}
              className={`present-strip__tick${tick.major ? ' present-strip__tick--major' : ''}`}
              style={{ left: `${tick.x}%` }}
            >
              {tick.label !== null && <span className="present-strip__label">{tick.label}</span>}
            </div>
          ))}
        {steps.map((view) => {
          const mark = markExtent(view.min, view.max, W);
          const isCurrent = view.number === current.number;
          return (
            <div
              key={view.number}
              className={[
                'present-strip__mark',
                mark.point && 'present-strip__mark--point',
                isCurrent && 'present-strip__mark--current',
              ]
                .filter(Boolean)
                .join(' ')}
              // A dot's size is the stylesheet's; only a bar's width is the event's.
              style={{
                left: `${mark.left}%`,
                ...(!mark.point && { width: `${mark.width}%` }),
                background: colourOf(view),
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
