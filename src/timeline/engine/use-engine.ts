import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import type { TimeWindow } from '../../state/slices';
import type { EngineCallbacks, TimelineEngine } from './engine';
import { engineWanted, handover, INITIAL_HANDOVER } from './handover';

/**
 * vis-timeline and the adapter around it. Not behind lib/cached-loader: the module map already keeps
 * a module that loaded and lets a failed one be asked for again, and a cache of our own would
 * outlive the module registry that tests renew for each view.
 */
const loadEngineCode = () => import('./engine');

/**
 * The engine's life, by the handover's states (handover.ts): its code is imported once the reader
 * reaches for the timeline, it is built (out of sight) when the code is in, and destroyed on
 * unmount. Callbacks are read through a ref, so the engine is built once whatever re-renders.
 */
export function useEngine(
  containerRef: RefObject<HTMLElement | null>,
  callbacks: RefObject<Omit<EngineCallbacks, 'onDrawn'> & { onDrawn: () => void }>,
  initialWindow: RefObject<TimeWindow>,
) {
  const [state, dispatch] = useReducer(handover, INITIAL_HANDOVER);
  const [Engine, setEngine] = useState<typeof TimelineEngine | null>(null);
  const [engine, setBuilt] = useState<TimelineEngine | null>(null);
  const wanted = engineWanted(state);
  const firstDrawn = useRef(false);

  useEffect(() => {
    if (!wanted || Engine) return;
    let cancelled = false;
    loadEngineCode().then(
      (module) => {
        if (!cancelled) setEngine(() => module.TimelineEngine);
      },
      () => {
        // Offline, say, with the code not yet fetched: the preview stays, and the next reach
        // for the timeline tries again.
        if (!cancelled) dispatch({ type: 'load-failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, Engine]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !Engine) return;
    const built = new Engine(
      container,
      {
        onSelect: (id) => callbacks.current.onSelect(id),
        onOpenCluster: (cluster) => callbacks.current.onOpenCluster(cluster),
        onWindowMove: (w) => callbacks.current.onWindowMove(w),
        onWindowChange: (w) => callbacks.current.onWindowChange(w),
        onDrawn: () => {
          if (!firstDrawn.current) {
            firstDrawn.current = true;
            dispatch({ type: 'drawn' });
          }
          callbacks.current.onDrawn();
        },
      },
      initialWindow.current,
    );
    setBuilt(built);
    dispatch({ type: 'loaded' });
    return () => {
      built.destroy();
      setBuilt(null);
      firstDrawn.current = false;
    };
  }, [Engine, containerRef, callbacks, initialWindow]);

  return { state, dispatch, engine };
}
