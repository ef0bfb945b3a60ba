import type { KeyboardEvent } from 'react';
import { centreYears, describeEdge, describeWindow, edgeYears, type SliderYears } from './window-label';
import type { BrushPart } from './window-keys';
import type { TimeWindow } from './types';

export interface BrushProps {
  /** The window to draw: the timeline's, or the one a pointer is dragging to. */
  shown: TimeWindow;
  extent: TimeWindow;
  onKeyDown: (part: BrushPart, event: KeyboardEvent<HTMLElement>) => void;
}

interface SliderProps {
  part: BrushPart;
  name: string;
  years: SliderYears;
  text: string;
  onKeyDown: BrushProps['onKeyDown'];
}

/**
 * One keyboard target of the brush. `data-overview-part` tells the track's pointer handler what
 * a press began on, so the pointer and the keyboard share one description of the brush.
 */
function BrushSlider({ part, name, years, text, onKeyDown }: SliderProps) {
  return (
    <div
      className={part === 'body' ? 'overview__body' : `overview__handle overview__handle--${part}`}
      data-overview-part={part}
      role="slider"
      tabIndex={0}
      aria-label={name}
      aria-orientation="horizontal"
      aria-valuemin={years.min}
      aria-valuemax={years.max}
      aria-valuenow={years.now}
      aria-valuetext={text}
      onKeyDown={(event) => onKeyDown(part, event)}
    />
  );
}

/**
 * The visible window over the strip: a body that moves it and a handle at each end that moves
 * that edge, each a slider of its own (three Tab stops, start to end, as in a two-thumb slider),
 * so a screen reader can set either edge as precisely as a pointer can. The handles are
 * siblings of the body, not inside it: a slider's content is presentational.
 */
export function Brush({ shown, extent, onKeyDown }: BrushProps) {
  return (
    <div className="overview__window">
      <BrushSlider
        part="from"
        name="Start of visible window"
        years={edgeYears(extent, shown, 'from')}
        text={describeEdge(shown, 'from')}
        onKeyDown={onKeyDown}
      />
      <BrushSlider
        part="body"
        name="Visible years"
        years={centreYears(extent, shown)}
        text={describeWindow(shown)}
        onKeyDown={onKeyDown}
      />
      <BrushSlider
        part="to"
        name="End of visible window"
        years={edgeYears(extent, shown, 'to')}
        text={describeEdge(shown, 'to')}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
