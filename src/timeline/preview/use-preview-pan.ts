import { useRef, type PointerEvent, type RefObject } from 'react';
import { TIMELINE_MAX, TIMELINE_MIN } from '../limits';

/** Pixels a press may wander before it counts as a drag rather than a tap or a click. */
const DRAG_THRESHOLD = 6;

/**
 * The window after dragging `dx` pixels across lanes `laneWidth` wide: time moves the other way,
 * and the window keeps its span inside the timeline's limits, as vis-timeline keeps it.
 */
export function pannedWindow(
  win: { from: number; to: number },
  dx: number,
  laneWidth: number,
): { from: number; to: number } {
  const span = win.to - win.from;
  const shift = (-dx / Math.max(laneWidth, 1)) * span;
  const from = Math.min(Math.max(win.from + shift, TIMELINE_MIN), TIMELINE_MAX - span);
  return { from, to: from + span };
}

/**
 * A drag across the preview pans it, as a drag pans the engine: the lanes follow the pointer
 * (a CSS variable the stylesheet moves them by) and the window moves on release. A drag that
 * starts the engine is not lost while the engine loads. The click that ends a drag selects
 * nothing.
 */
export function usePreviewPan(
  rootRef: RefObject<HTMLElement | null>,
  win: { from: number; to: number },
  laneWidth: number | null,
  onPan: (w: { from: number; to: number }) => void,
) {
  const press = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  const justDragged = useRef(false);
  const setOffset = (px: number) => rootRef.current?.style.setProperty('--tl-pan', `${px}px`);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (!e.isPrimary || e.button !== 0) return;
    press.current = { x: e.clientX, y: e.clientY, dragging: false };
    justDragged.current = false;
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const p = press.current;
    if (!p) return;
    const dx = e.clientX - p.x;
    if (!p.dragging && Math.abs(dx) > DRAG_THRESHOLD && Math.abs(dx) > Math.abs(e.clientY - p.y)) {
      p.dragging = true;
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    if (p.dragging) setOffset(dx);
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const p = press.current;
    press.current = null;
    if (!p?.dragging) return;
    setOffset(0);
    justDragged.current = true;
    if (laneWidth !== null) onPan(pannedWindow(win, e.clientX - p.x, laneWidth));
  };
  const onPointerCancel = () => {
    press.current = null;
    setOffset(0);
  };
  /** Whether the click now arriving ends a drag (and so selects nothing). */
  const endsDrag = () => {
    const dragged = justDragged.current;
    justDragged.current = false;
    return dragged;
  };
  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel }, endsDrag };
}
