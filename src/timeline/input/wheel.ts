/**
 * What a wheel event over the lanes asks for, as laptop users expect: Ctrl (or ⌘) with the wheel,
 * and a trackpad's pinch (which browsers send as a wheel with Ctrl), zooms about the pointer; a
 * sideways swipe, or Shift with the wheel, pans; a plain wheel scrolls the lanes up and down,
 * left to the browser.
 */
export type WheelAction = { kind: 'zoom'; factor: number } | { kind: 'pan'; px: number } | null;

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0: pixels, 1: lines, 2: pages, as WheelEvent.deltaMode. */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** A mouse wheel's notch is about 100 px: each one doubles or halves the span. */
const PX_PER_DOUBLING = 100;
const LINE_PX = 40;
const PAGE_PX = 800;

export function wheelAction(e: WheelInput, pageWidth: number): WheelAction {
  const unit = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? pageWidth || PAGE_PX : 1;
  const dx = e.deltaX * unit;
  const dy = e.deltaY * unit;
  if (e.ctrlKey || e.metaKey) {
    if (dy === 0) return null;
    // Smooth for a trackpad's small steps, a doubling for a wheel's notch.
    return { kind: 'zoom', factor: 2 ** (-dy / PX_PER_DOUBLING) };
  }
  // Shift turns a vertical wheel sideways (some browsers already send it as deltaX).
  if (e.shiftKey && dx === 0 && dy !== 0) return { kind: 'pan', px: dy };
  if (Math.abs(dx) > Math.abs(dy)) return { kind: 'pan', px: dx };
  return null;
}
