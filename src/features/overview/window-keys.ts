import { clamp, moveEdge, moveWindow, placeWindow, spanOf, zoomWindow, type WindowEdge } from './window-math';
import type { SpanLimits, TimeWindow } from './types';

/** The brush's three keyboard targets: its body, and a handle at each edge. */
export type BrushPart = 'body' | WindowEdge;

/** A small step is a tenth of the window's span, a large one all of it. */
const SMALL = 0.1;

/**
 * How far a key moves, as a share of the window's span. Following the slider pattern, Up and
 * Page Up increase the value (later in time), Down and Page Down decrease it.
 */
function stepFor(key: string): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return -SMALL;
    case 'ArrowRight':
    case 'ArrowUp':
      return SMALL;
    case 'PageDown':
      return -1;
    case 'PageUp':
      return 1;
    default:
      return null;
  }
}

/** `+` zooms in as it does on the timeline; `=` and `_` are the same keys without and with Shift. */
function zoomFactorFor(key: string): number | null {
  if (key === '+' || key === '=') return 0.5;
  if (key === '-' || key === '_') return 2;
  return null;
}

/**
 * The window a key asks for on one part of the brush, or null when the key is not the brush's
 * (so the browser or the page may have it).
 */
export function windowForKey(
  part: BrushPart,
  key: string,
  w: TimeWindow,
  extent: TimeWindow,
  limits: SpanLimits,
): TimeWindow | null {
  const span = spanOf(w);
  const step = stepFor(key);
  if (part === 'body') {
    if (step !== null) return moveWindow(w, step * span, extent);
    if (key === 'Home') return placeWindow(extent.from + span / 2, span, extent);
    if (key === 'End') return placeWindow(extent.to - span / 2, span, extent);
    const factor = zoomFactorFor(key);
    return factor === null ? null : zoomWindow(w, factor, extent, limits);
  }
  const edge = clamp(w[part], extent.from, extent.to);
  if (step !== null) return moveEdge(w, part, edge + step * span, extent, limits);
  if (key === 'Home') return moveEdge(w, part, extent.from, extent, limits);
  if (key === 'End') return moveEdge(w, part, extent.to, extent, limits);
  return null;
}
