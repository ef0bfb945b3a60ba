import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { msPerPixel, timeAtPixel } from './scale';
import { centreOn, dragWindow, sameWindow } from './window-math';
import { slopFor, startPress, type Press } from './pointer-press';
import type { SpanLimits, TimeWindow } from './types';

export interface BrushDragOptions extends SpanLimits {
  extent: TimeWindow;
  visible: TimeWindow;
  onWindowChange: (w: TimeWindow) => void;
  onWindowPreview?: ((w: TimeWindow) => void) | undefined;
}

/**
 * Pointer handling for the track: the brush's body moves the window, a handle moves its edge,
 * a click elsewhere centres the window there. While dragging, `draft` is the window to draw
 * (updated, and previewed, at most once an animation frame); the release commits it once.
 */
export function useBrushDrag(options: BrushDragOptions) {
  const { extent, visible, onWindowChange, onWindowPreview } = options;
  const press = useRef<Press | null>(null);
  const frame = useRef<number | null>(null);
  const [draft, setDraft] = useState<TimeWindow | null>(null);

  useEffect(() => () => cancelFrame(frame), []);

  const dragged = (p: Press, clientX: number): TimeWindow =>
    p.target === 'elsewhere'
      ? p.start
      : dragWindow(p.target, p.start, (clientX - p.startX) * msPerPixel(p.width, extent), extent, options);

  const end = (): Press | null => {
    const p = press.current;
    press.current = null;
    cancelFrame(frame);
    setDraft(null);
    return p;
  };

  const cancel = () => {
    const p = end();
    // The timeline followed the previews: put it back where it was.
    if (p?.previewed) onWindowPreview?.(p.start);
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    if (!e.isPrimary || e.button !== 0 || press.current) return;
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer (a test, an automation) has nothing to capture; the press still works.
    }
    press.current = startPress(e, visible);
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    const p = press.current;
    if (!p || e.pointerId !== p.pointerId) return;
    if (!p.dragging && Math.abs(e.clientX - p.startX) < slopFor(e.pointerType)) return;
    p.dragging = true;
    // A press off the brush that turns into a drag is neither a click nor a brush drag: ignored.
    if (p.target === 'elsewhere') return;
    p.latest = dragged(p, e.clientX);
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const current = press.current;
      if (!current) return;
      setDraft(current.latest);
      if (onWindowPreview) {
        current.previewed = true;
        onWindowPreview(current.latest);
      }
    });
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLElement>) => {
    if (press.current?.pointerId !== e.pointerId) return;
    const p = end();
    if (!p) return;
    if (p.target === 'elsewhere') {
      if (!p.dragging)
        onWindowChange(centreOn(visible, timeAtPixel(e.clientX - p.left, p.width, extent), extent));
      return;
    }
    const final = p.dragging ? dragged(p, e.clientX) : p.start;
    // Against the window at the press, not `visible`: a timeline that followed the previews
    // already shows the final window, and still needs its one committed change.
    if (!sameWindow(final, p.start)) onWindowChange(final);
    else if (p.previewed) onWindowPreview?.(final);
  };

  const onPointerCancel = (e: ReactPointerEvent<HTMLElement>) => {
    if (press.current?.pointerId === e.pointerId) cancel();
  };

  /** Whether a pointer is down, for key handlers (Escape cancels a drag; other keys wait). */
  const isPressing = () => press.current !== null;

  return {
    draft,
    isPressing,
    cancel,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel,
      onLostPointerCapture: onPointerCancel,
    },
  };
}

function cancelFrame(frame: { current: number | null }): void {
  if (frame.current !== null) cancelAnimationFrame(frame.current);
  frame.current = null;
}
