import type { PointerEvent as ReactPointerEvent } from 'react';
import type { BrushPart } from './window-keys';
import type { TimeWindow } from './types';

/** What a press began on: a part of the brush, or the strip elsewhere (a click there jumps). */
type PressTarget = BrushPart | 'elsewhere';

/** One pointer pressed on the strip, from pointerdown to its release or cancellation. */
export interface Press {
  pointerId: number;
  target: PressTarget;
  startX: number;
  /** The track's content box when the press began, in client px. */
  left: number;
  width: number;
  /** The visible window when the press began; a drag is measured from it. */
  start: TimeWindow;
  /** Where the drag has reached, drawn and previewed at the next animation frame. */
  latest: TimeWindow;
  /** Past the slop below, the press is a drag and no longer a click. */
  dragging: boolean;
  /** The timeline was sent a preview, so a cancelled drag must send it back. */
  previewed: boolean;
}

/** How far a pointer may wander and still be a click; a finger wanders more than a mouse. */
export const slopFor = (pointerType: string) => (pointerType === 'touch' ? 10 : 4);

function targetOf(element: EventTarget): PressTarget {
  const part = element instanceof Element ? element.closest('[data-overview-part]') : null;
  const name = part?.getAttribute('data-overview-part');
  return name === 'body' || name === 'from' || name === 'to' ? name : 'elsewhere';
}

/** A press on the track (the event's currentTarget), measured as it begins. */
export function startPress(e: ReactPointerEvent<HTMLElement>, visible: TimeWindow): Press {
  const track = e.currentTarget;
  const rect = track.getBoundingClientRect();
  return {
    pointerId: e.pointerId,
    target: targetOf(e.target),
    startX: e.clientX,
    left: rect.left + track.clientLeft,
    width: track.clientWidth,
    start: visible,
    latest: visible,
    dragging: false,
    previewed: false,
  };
}
