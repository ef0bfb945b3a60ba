import type { TimeWindow } from '../../state/slices';

/** A stretch of time in UTC milliseconds, `to` exclusive: the store's own window type. */
export type { TimeWindow };

export interface OverviewLane {
  id: string;
  name: string;
  /** Any CSS colour value, e.g. 'light-dark(#8f1d21, #f08a8a)' or 'var(--x)': set as a style, so both work. */
  colour: string;
}

export interface OverviewEvent {
  /** The id of the lane the timeline draws the event in; events of lanes not given are left out. */
  lane: string;
  /** UTC ms. */
  start: number;
  /** UTC ms, exclusive; null for an event drawn as a point. */
  end: number | null;
}

export interface OverviewEra {
  id: string;
  label: string;
  from: number;
  to: number;
}

/** The timeline's zoom limits, in ms. */
export interface SpanLimits {
  minSpan: number;
  maxSpan: number;
}

export interface OverviewStripProps extends SpanLimits {
  /** In the timeline's lane order, top to bottom. Pass a stable array: the density is memoised on it. */
  lanes: readonly OverviewLane[];
  /** The filtered events, already assigned to lanes. Pass a stable array, as for `lanes`. */
  events: readonly OverviewEvent[];
  /** The strip's whole extent. */
  span: TimeWindow;
  /** The timeline's visible window; it may reach past `span`, and is drawn clamped to it. */
  window: TimeWindow;
  eras: readonly OverviewEra[];
  /** A committed change: a pointer released, a key pressed, a click that jumps. */
  onWindowChange: (w: TimeWindow) => void;
  /** While a pointer drags, at most once an animation frame, so the timeline may follow live. */
  onWindowPreview?: ((w: TimeWindow) => void) | undefined;
}
