import { useEffect, useState } from 'react';
import { loadPositions } from '../data/load-positions';
import type { Positions } from '../data/positions';
import type { AppState } from './slices';
import { useAppStore } from './store';

const selectPositions = (s: AppState) => s.positions;

/**
 * The compare matrix, loaded the first time a component asks (the compare view, an event's
 * panel) and kept in the store; never part of the first view. `failure` says why it is missing.
 */
export function usePositions(): { positions: Positions | null; failure: string | null } {
  const positions = useAppStore(selectPositions);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (positions) return;
    let live = true;
    loadPositions().then(
      (loaded) => useAppStore.getState().setPositions(loaded),
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [positions]);
  return { positions, failure };
}
