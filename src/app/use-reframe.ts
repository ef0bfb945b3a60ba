import { useEffect, useMemo } from 'react';
import type { Filters, TimeWindow } from '../state/slices';
import { useAppStore } from '../state/store';
import { hasFilters } from '../features/filters/filter-events';
import { fitWindow } from '../timeline/input/window-math';
import type { TimelineItemModel } from '../timeline/to-items';

/** A search is framed once typing pauses, not at every letter. */
const QUERY_PAUSE_MS = 300;

/** The window that frames these results: null (everything) without filters, undefined for no match. */
function framing(models: readonly TimelineItemModel[], filters: Filters): TimeWindow | null | undefined {
  if (!hasFilters(filters)) return null;
  return (
    fitWindow(models.map((m) => ({ from: m.start.valueOf(), to: (m.end ?? m.start).valueOf() }))) ?? undefined
  );
}

/**
 * After the reader changes a filter, the search or a card's "Show events", the window frames the
 * events that match (the timeline glides there), in the same history entry as the change; with
 * no filter left, it shows everything; with no match, it stays where it was. Waits until the
 * results reflect the change (`settled`). A link that filters but names no window is framed too,
 * once, when the view opens.
 *
 * Returns the framing window while it is on its way to the store, so the timeline draws the new
 * results in their window at once, not first in the old one: undefined when nothing is pending.
 */
export function useReframe(
  models: readonly TimelineItemModel[],
  filters: Filters,
  settled: boolean,
): TimeWindow | null | undefined {
  const reframe = useAppStore((s) => s.reframe);
  const searching = filters.q.trim() !== '';
  const pending = reframe && settled;
  const target = useMemo(() => (pending ? framing(models, filters) : undefined), [pending, models, filters]);

  useEffect(() => {
    const { timeWindow } = useAppStore.getState();
    if (timeWindow === null && hasFilters(filters)) useAppStore.getState().askToFrame(true);
    // Once, when the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!pending) return;
    const commit = () => {
      if (target === undefined) useAppStore.getState().askToFrame(false);
      else useAppStore.getState().frameResults(target);
    };
    if (!searching) {
      commit();
      return;
    }
    const timer = setTimeout(commit, QUERY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [pending, searching, target]);

  // A search waits for typing to pause; a chip's change is drawn framed straight away.
  return pending && !searching ? target : undefined;
}
