import { useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { Brush } from './brush';
import { binCountFor, computeDensity } from './density';
import { DensityRows } from './density-rows';
import { EraBands } from './era-bands';
import { brushPlace } from './scale';
import { useBrushDrag } from './use-brush-drag';
import { useElementWidth } from './use-element-width';
import { windowForKey, type BrushPart } from './window-keys';
import { sameWindow } from './window-math';
import { YearScale } from './year-scale';
import type { OverviewStripProps } from './types';
import './overview-strip.css';

/**
 * The whole period at once under the timeline: each lane's density, the eras, and the visible
 * window as a brush to drag, resize or move by keyboard; a click elsewhere jumps there.
 */
export function OverviewStrip(props: OverviewStripProps) {
  const {
    lanes,
    events,
    span,
    window: visible,
    eras,
    minSpan,
    maxSpan,
    onWindowChange,
    onWindowPreview,
  } = props;
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(trackRef);
  // By value, so a parent that rebuilds its span object does not recompute the bins.
  const extent = useMemo(() => ({ from: span.from, to: span.to }), [span.from, span.to]);
  const binCount = binCountFor(width);
  const density = useMemo(
    () => computeDensity(events, lanes, extent, binCount),
    [events, lanes, extent, binCount],
  );
  const drag = useBrushDrag({ extent, visible, minSpan, maxSpan, onWindowChange, onWindowPreview });

  const onKeyDown = (part: BrushPart, event: KeyboardEvent<HTMLElement>) => {
    if (drag.isPressing()) {
      // Keys wait while a pointer drags; Escape puts the window back where the drag began.
      if (event.key === 'Escape') {
        event.preventDefault();
        drag.cancel();
      }
      return;
    }
    // Ctrl and ⌘ with + or − zoom the page, not the timeline.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = windowForKey(part, event.key, visible, extent, { minSpan, maxSpan });
    if (!next) return;
    event.preventDefault();
    if (!sameWindow(next, visible)) onWindowChange(next);
  };

  const shown = drag.draft ?? visible;
  const place = brushPlace(shown, extent);
  const layout = {
    '--overview-centre': `${place.centre * 100}%`,
    '--overview-width': `${place.width * 100}%`,
  } as CSSProperties;

  return (
    <div
      className={`overview${drag.draft ? ' overview--dragging' : ''}`}
      role="group"
      aria-label="Overview of 1907–1937"
    >
      <div className="overview__track" ref={trackRef} style={layout} {...drag.handlers}>
        <EraBands eras={eras} extent={extent} />
        <DensityRows density={density} lanes={lanes} />
        <div className="overview__shade-layer" aria-hidden="true">
          <div className="overview__shade" />
        </div>
        <YearScale extent={extent} width={width} />
        <Brush shown={shown} extent={extent} onKeyDown={onKeyDown} />
      </div>
    </div>
  );
}
