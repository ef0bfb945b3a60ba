import { useEffect, type RefObject } from 'react';
import { useLatest } from '../../ui/use-latest';
import type { TimeWindow } from '../../state/slices';
import { wheelAction } from './wheel';
import { panWindow, zoomWindow } from './window-math';

/** A wheel gesture is over once the wheel has been still this long: its window is then committed. */
const SETTLE_MS = 250;

export interface LaneWheelOptions {
  laneLeft: number;
  laneWidth: number;
  shownRef: RefObject<TimeWindow>;
  onReach: () => void;
  /** Every step of the gesture: shown at once, not yet committed. */
  onMove: (w: TimeWindow) => void;
  /** The gesture's last window, committed (one history replacement, not one per notch). */
  onSettle: (w: TimeWindow) => void;
}

/**
 * The wheel over the lanes (input/wheel.ts): zoom about the pointer, pan sideways, or leave the
 * wheel to the browser to scroll the lanes. Listened for before vis-timeline's own handlers
 * (capture), which never see the wheels handled here.
 */
export function useLaneWheel(scrollRef: RefObject<HTMLElement | null>, options: LaneWheelOptions) {
  const latest = useLatest(options);

  useEffect(() => {
    const scroll = scrollRef.current;
    if (!scroll) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let moving: TimeWindow | null = null;
    const onWheel = (e: WheelEvent) => {
      const o = latest.current;
      o.onReach();
      const action = wheelAction(e, o.laneWidth);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      const base = moving ?? o.shownRef.current;
      const span = base.to - base.from;
      if (action.kind === 'zoom') {
        const x = e.clientX - scroll.getBoundingClientRect().left - o.laneLeft;
        const at = base.from + (Math.min(Math.max(x, 0), o.laneWidth) / o.laneWidth) * span;
        moving = zoomWindow(base, action.factor, at);
      } else {
        moving = panWindow(base, action.px / o.laneWidth);
      }
      o.onMove(moving);
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (moving) latest.current.onSettle(moving);
        moving = null;
      }, SETTLE_MS);
    };
    scroll.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      clearTimeout(settle);
      scroll.removeEventListener('wheel', onWheel, { capture: true });
    };
  }, [scrollRef, latest]);
}
