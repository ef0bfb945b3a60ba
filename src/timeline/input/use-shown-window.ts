import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { TimeWindow } from '../../state/slices';
import { useLatest } from '../../ui/use-latest';
import { useWindowTween } from './use-window-tween';
import { sameWindow } from './window-math';

export interface ShownWindow {
  /** The window drawn at this moment: the committed one, or one being moved through. */
  shown: TimeWindow;
  shownRef: RefObject<TimeWindow>;
  /** A glide, drag or pinch is under way: what is drawn is about to change again. */
  moving: boolean;
  /** Where the next relative step starts: a glide's destination while one is under way. */
  stepFrom: () => TimeWindow;
  /** Commits a window the timeline chose, gliding to it unless asked not to (or motion is reduced). */
  commit: (next: TimeWindow | null, options?: { animate?: boolean }) => void;
  /** Shows a window a reader is dragging through, taking over from any glide; null ends it. */
  follow: (w: TimeWindow | null) => void;
}

/**
 * The timeline's window, shown and committed. `chosen` is the reader's window from the store
 * (null for the screen's default, `fallback`); `onCommit` stores a new one. Windows committed
 * elsewhere (a filter's re-frame, the overview, back and forward) are glided to as well.
 */
export function useShownWindow(
  chosen: TimeWindow | null,
  fallback: TimeWindow,
  onCommit: (w: TimeWindow | null) => void,
): ShownWindow {
  const committed = chosen ?? fallback;
  const [gesture, setGesture] = useState<TimeWindow | null>(null);
  const shown = gesture ?? committed;
  const shownRef = useLatest(shown);
  const { glide, stop } = useWindowTween(setGesture);

  /** The last window this hook committed: the store handing it back is not a change to glide to. */
  const selfCommitted = useRef<TimeWindow | null>(null);
  const heading = useRef<TimeWindow | null>(null);

  const commit = (next: TimeWindow | null, { animate = true } = {}) => {
    const target = next ?? fallback;
    const finish = () => {
      heading.current = null;
      selfCommitted.current = target;
      onCommit(next);
      setGesture(null);
    };
    if (animate) {
      heading.current = target;
      glide(shownRef.current, target, finish);
    } else {
      stop();
      finish();
    }
  };

  const follow = (w: TimeWindow | null) => {
    stop();
    heading.current = null;
    setGesture(w);
  };

  // The default changing with the screen (a phone turned, a window narrowed) is not glided to:
  // nothing the reader did moved it. A layout effect: the glide's start is drawn in place of the
  // new window before the browser paints, so the destination never flashes up first.
  const lastCommitted = useRef(committed);
  const lastChosen = useRef(chosen);
  useLayoutEffect(() => {
    const previous = lastCommitted.current;
    const chosenBefore = lastChosen.current;
    lastCommitted.current = committed;
    lastChosen.current = chosen;
    if (sameWindow(previous, committed)) return;
    if (chosenBefore === null && chosen === null) return;
    if (selfCommitted.current && sameWindow(selfCommitted.current, committed)) return;
    glide(gesture ?? previous, committed, () => setGesture(null));
    // Only a change of the committed window starts a glide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [committed.from, committed.to]);

  return {
    shown,
    shownRef,
    moving: gesture !== null,
    stepFrom: () => heading.current ?? shownRef.current,
    commit,
    follow,
  };
}
