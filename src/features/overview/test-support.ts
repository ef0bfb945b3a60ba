import { ZOOM_MAX_MS, ZOOM_MIN_MS } from '../../dates/limits';
import type { SpanLimits, TimeWindow } from './types';

/** The strip's extent and the timeline's zoom limits, as the app passes them. */
export const EXTENT: TimeWindow = { from: Date.UTC(1906, 6, 1), to: Date.UTC(1938, 6, 1) };
export const DAY = 86_400_000;
export const LIMITS: SpanLimits = { minSpan: ZOOM_MIN_MS, maxSpan: ZOOM_MAX_MS };

/** A window from one UTC date to another, months 1-based as people write them. */
export function between(from: [number, number, number?], to: [number, number, number?]): TimeWindow {
  return {
    from: Date.UTC(from[0], from[1] - 1, from[2] ?? 1),
    to: Date.UTC(to[0], to[1] - 1, to[2] ?? 1),
  };
}
