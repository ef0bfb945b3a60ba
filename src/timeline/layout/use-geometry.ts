import { startTransition, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { readMetrics } from './measure';
import type { ItemMetrics } from './plan';

/** Where the lanes are and how much room the timeline has, in pixels. */
export interface Geometry {
  /** The lanes' left edge, from the timeline's: the width of the lane names' column. */
  laneLeft: number;
  /** The width the window is spread over. */
  laneWidth: number;
  /** The width of the lanes a reader sees, two pixels short of that. */
  laneShown: number;
  /** The height of the scrolling box under the axis, where lanes are seen. */
  visibleHeight: number;
  /** The width of a character of the axis's labels, which vis-timeline chooses its steps by. */
  charWidth: number;
}

function measure(scroll: HTMLElement, canvas: HTMLElement): Geometry | null {
  const labels = canvas.querySelector<HTMLElement>('.vis-labelset');
  const header = scroll.querySelector<HTMLElement>('.tl-header');
  const sample = scroll.querySelector<HTMLElement>('.tl-header .vis-measure');
  if (!labels || !header || labels.offsetWidth === 0) return null;
  return {
    laneLeft: labels.offsetWidth,
    // vis-timeline spreads the window over the room beside the names and a pixel more, its lanes'
    // panel being drawn a border wider (with this the preview's items land within 0.6 px of
    // where vis-timeline draws them).
    laneWidth: canvas.clientWidth - labels.clientWidth + 1,
    laneShown: canvas.clientWidth - labels.offsetWidth,
    visibleHeight: scroll.clientHeight - header.offsetHeight,
    charWidth: sample?.clientWidth || 8,
  };
}

const same = (a: Geometry | null, b: Geometry | null) =>
  a !== null &&
  b !== null &&
  a.laneLeft === b.laneLeft &&
  a.laneWidth === b.laneWidth &&
  a.laneShown === b.laneShown &&
  a.visibleHeight === b.visibleHeight &&
  a.charWidth === b.charWidth;

/**
 * The timeline's geometry and the sizes of its items (what the plan needs before it can place
 * anything), read when the browser lays the page out anyway (a resize observer's report) rather
 * than forced, and again on demand (`remeasure`) until a surface has drawn its lane names. Set in
 * a transition, so that the page's first frame and the lanes' drawing are separate tasks; the
 * item sizes are read with the first geometry, in the same pass.
 */
export function useGeometry(
  scrollRef: RefObject<HTMLElement | null>,
  canvasRef: RefObject<HTMLElement | null>,
  sampleRef: RefObject<HTMLElement | null>,
) {
  const [sizes, setSizes] = useState<{ geometry: Geometry; metrics: ItemMetrics | null } | null>(null);
  const last = useRef<Geometry | null>(null);
  const metrics = useRef<ItemMetrics | null>(null);

  const remeasure = useCallback(() => {
    const scroll = scrollRef.current;
    const canvas = canvasRef.current;
    if (!scroll || !canvas) return;
    const next = measure(scroll, canvas);
    if (!next || same(last.current, next)) return;
    last.current = next;
    if (!metrics.current && sampleRef.current) metrics.current = readMetrics(sampleRef.current);
    const read = { geometry: next, metrics: metrics.current };
    startTransition(() => setSizes(read));
  }, [scrollRef, canvasRef, sampleRef]);

  useLayoutEffect(() => {
    const scroll = scrollRef.current;
    const canvas = canvasRef.current;
    if (!scroll || !canvas) return;
    const observer = new ResizeObserver(remeasure);
    observer.observe(scroll);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [scrollRef, canvasRef, remeasure]);

  return { geometry: sizes?.geometry ?? null, metrics: sizes?.metrics ?? null, remeasure };
}
