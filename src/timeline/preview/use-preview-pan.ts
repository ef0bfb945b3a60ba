import { useRef, type PointerEvent, type RefObject } from 'react';
import type { TimeWindow } from '../../state/slices';
import { zoomWindow } from '../input/window-math';
import { TIMELINE_MAX, TIMELINE_MIN } from '../../dates/limits';

/** Pixels a press may wander before it counts as a drag rather than a tap or a click. */
const DRAG_THRESHOLD = 6;

/**
 * The window after dragging `dx` pixels across lanes `laneWidth` wide: time moves the other way,
 * and the window keeps its span inside the timeline's limits, as vis-timeline keeps it.
 */
export function pannedWindow(win: TimeWindow, dx: number, laneWidth: number): TimeWindow {
  const span = win.to - win.from;
  const shift = (-dx / Math.max(laneWidth, 1)) * span;
  const from = Math.min(Math.max(win.from + shift, TIMELINE_MIN), TIMELINE_MAX - span);
  return { from, to: from + span };
}

/**
 * The window after two fingers `startDistance` apart have moved to `distance` apart: wider
 * fingers, a shorter window, zoomed about `share` of the way across the lanes (where the
 * fingers' midpoint began), which stays under them.
 */
export function pinchedWindow(
  start: TimeWindow,
  startDistance: number,
  distance: number,
  share: number,
): TimeWindow {
  const at = start.from + Math.min(Math.max(share, 0), 1) * (start.to - start.from);
  return zoomWindow(start, Math.max(distance, 1) / Math.max(startDistance, 1), at);
}

interface Point {
  x: number;
  y: number;
}
const distanceOf = ([a, b]: Point[]) => (a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0);

/**
 * A drag across the preview pans it, as a drag pans the engine: the lanes follow the pointer
 * (a CSS variable the stylesheet moves them by) and the window moves on release. Two fingers
 * pinch it, as they pinch the engine: the window follows them (`onPinch`) and is kept when they
 * lift. A gesture that starts the engine is not lost while the engine loads. The click that
 * ends a drag or a pinch selects nothing.
 */
export function usePreviewPan(
  rootRef: RefObject<HTMLElement | null>,
  win: TimeWindow,
  laneWidth: number | null,
  handlers: { onPan: (w: TimeWindow) => void; onPinch: (w: TimeWindow) => void },
) {
  const press = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  /** The pointers down on the lanes, by id: two of them pinch. */
  const pointers = useRef(new Map<number, Point>());
  const pinch = useRef<{ start: TimeWindow; distance: number; share: number; last: TimeWindow } | null>(null);
  const justDragged = useRef(false);
  const setOffset = (px: number) => rootRef.current?.style.setProperty('--tl-pan', `${px}px`);

  const startPinch = (lanes: HTMLElement) => {
    const points = [...pointers.current.values()];
    const box = lanes.getBoundingClientRect();
    const middle = ((points[0]?.x ?? 0) + (points[1]?.x ?? 0)) / 2;
    // A drag the first finger began gives way to the pinch: the lanes go back under the fingers.
    press.current = null;
    setOffset(0);
    pinch.current = {
      start: win,
      distance: distanceOf(points),
      share: box.width > 0 ? (middle - box.left) / box.width : 0.5,
      last: win,
    };
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    justDragged.current = false;
    // Only fingers are counted: a mouse released outside the lanes would never leave the map.
    if (e.pointerType === 'touch') pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.current.size === 2) {
      e.currentTarget.setPointerCapture(e.pointerId);
      startPinch(e.currentTarget);
      return;
    }
    if (e.isPrimary) press.current = { x: e.clientX, y: e.clientY, dragging: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const p = pinch.current;
    if (p) {
      p.last = pinchedWindow(p.start, p.distance, distanceOf([...pointers.current.values()]), p.share);
      handlers.onPinch(p.last);
      return;
    }
    const drag = press.current;
    if (!drag) return;
    const dx = e.clientX - drag.x;
    if (!drag.dragging && Math.abs(dx) > DRAG_THRESHOLD && Math.abs(dx) > Math.abs(e.clientY - drag.y)) {
      drag.dragging = true;
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    if (drag.dragging) setOffset(dx);
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
    const p = pinch.current;
    if (p) {
      // The pinch ends with its first finger up; the other finger lifts without dragging.
      pinch.current = null;
      justDragged.current = true;
      handlers.onPan(p.last);
      return;
    }
    const drag = press.current;
    press.current = null;
    if (!drag?.dragging) return;
    setOffset(0);
    justDragged.current = true;
    if (laneWidth !== null) handlers.onPan(pannedWindow(win, e.clientX - drag.x, laneWidth));
  };
  const onPointerCancel = (e: PointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
    // A pinch the browser cuts short keeps the window the reader saw last.
    if (pinch.current) handlers.onPan(pinch.current.last);
    pinch.current = null;
    press.current = null;
    setOffset(0);
  };
  /** Whether the click now arriving ends a drag or a pinch (and so selects nothing). */
  const endsDrag = () => {
    const dragged = justDragged.current;
    justDragged.current = false;
    return dragged;
  };
  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel }, endsDrag };
}
