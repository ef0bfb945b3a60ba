import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { HandoverEvent } from './handover';

/**
 * Tells the handover when presses on the preview begin and end (see handover.ts): the preview
 * stays while any finger is down, so a pinch's second finger, or a click's release, still lands
 * on it. The release is sent after the click the pointer's lifting makes.
 */
export function usePreviewPress(live: boolean, dispatch: (event: HandoverEvent) => void) {
  const down = useRef(new Set<number>());
  return (e: ReactPointerEvent) => {
    if (live) return;
    const id = e.pointerId;
    down.current.add(id);
    dispatch({ type: 'press' });
    const release = (up: PointerEvent) => {
      if (up.pointerId !== id) return;
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
      down.current.delete(id);
      if (down.current.size === 0) setTimeout(() => dispatch({ type: 'release' }));
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
  };
}
