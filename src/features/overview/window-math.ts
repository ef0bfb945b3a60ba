import type { SpanLimits, TimeWindow } from './types';

/** Which end of the window a handle moves. */
export type WindowEdge = 'from' | 'to';

export const clamp = (value: number, lo: number, hi: number) => Math.min(Math.max(value, lo), hi);
export const spanOf = (w: TimeWindow) => w.to - w.from;
export const centreOf = (w: TimeWindow) => (w.from + w.to) / 2;
export const sameWindow = (a: TimeWindow, b: TimeWindow) => a.from === b.from && a.to === b.to;

/**
 * The widest window the strip can set: the zoom limit, or the strip's own extent when that is
 * narrower, since a brush cannot stand for more than the whole strip.
 */
export function widestSpan(extent: TimeWindow, limits: SpanLimits): number {
  return Math.max(limits.minSpan, Math.min(limits.maxSpan, spanOf(extent)));
}

/**
 * A window of `span` ms centred on `centre`, slid (never squeezed) inside the extent. A window
 * wider than the extent cannot slide, so it is centred on it. Whole milliseconds, so the URL
 * that records the window stays tidy.
 */
export function placeWindow(centre: number, span: number, extent: TimeWindow): TimeWindow {
  const width = Math.round(span);
  const from =
    width >= spanOf(extent)
      ? centreOf(extent) - width / 2
      : clamp(centre - width / 2, extent.from, extent.to - width);
  const start = Math.round(from);
  return { from: start, to: start + width };
}

/** The window slid by `delta` ms, its span kept. */
export function moveWindow(w: TimeWindow, delta: number, extent: TimeWindow): TimeWindow {
  return placeWindow(centreOf(w) + delta, spanOf(w), extent);
}

/** "A click jumps there": the window centred on `time`, its span kept. */
export function centreOn(w: TimeWindow, time: number, extent: TimeWindow): TimeWindow {
  return placeWindow(time, spanOf(w), extent);
}

/** The window widened (factor > 1) or narrowed around its centre, within the zoom limits. */
export function zoomWindow(
  w: TimeWindow,
  factor: number,
  extent: TimeWindow,
  limits: SpanLimits,
): TimeWindow {
  const span = clamp(spanOf(w) * factor, limits.minSpan, widestSpan(extent, limits));
  return placeWindow(centreOf(w), span, extent);
}

/**
 * One edge moved to `time`, the other kept (both inside the extent): the moved edge stops where
 * the span would leave the zoom limits, so a handle dragged past the other one cannot turn the
 * window inside out.
 */
export function moveEdge(
  w: TimeWindow,
  edge: WindowEdge,
  time: number,
  extent: TimeWindow,
  limits: SpanLimits,
): TimeWindow {
  const widest = widestSpan(extent, limits);
  if (edge === 'from') {
    const to = clamp(w.to, extent.from + limits.minSpan, extent.to);
    const from = clamp(time, Math.max(extent.from, to - widest), to - limits.minSpan);
    return { from: Math.round(from), to: Math.round(to) };
  }
  const from = clamp(w.from, extent.from, extent.to - limits.minSpan);
  const to = clamp(time, from + limits.minSpan, Math.min(extent.to, from + widest));
  return { from: Math.round(from), to: Math.round(to) };
}

/**
 * Where a pointer drag of `delta` ms takes the window it began on: the body moves it whole, a
 * handle moves its edge (from where that edge is drawn, clamped to the extent).
 */
export function dragWindow(
  part: 'body' | WindowEdge,
  start: TimeWindow,
  delta: number,
  extent: TimeWindow,
  limits: SpanLimits,
): TimeWindow {
  if (part === 'body') return moveWindow(start, delta, extent);
  const edge = clamp(start[part], extent.from, extent.to);
  return moveEdge(start, part, edge + delta, extent, limits);
}
