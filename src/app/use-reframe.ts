import { useEffect } from 'react';
import type { Filters } from '../state/slices';
import { useAppStore } from '../state/store';
import { hasFilters } from '../features/filters/filter-events';
import { fitWindow } from '../timeline/input/window-math';
import type { TimelineItemModel } from '../timeline/to-items';

/** A search is framed once typing pauses, not at every letter. */
const QUERY_PAUSE_MS = 300;

/**
 * After the reader changes a filter, the search or a card's "Show events", the window frames the
 * events that match (the timeline glides there), in the same history entry as the change; with
 * no filter left, it shows everything. Waits until the results reflect the change (`settled`).
 * A link that filters but names no window is framed too, once, when the view opens.
 */
export function useReframe(models: readonly TimelineItemModel[], filters: Filters, settled: boolean) {
  const reframe = useAppStore((s) => s.reframe);

  useEffect(() => {
    const { timeWindow } = useAppStore.getState();
    if (timeWindow === null && hasFilters(filters)) useAppStore.setState({ reframe: true });
    // Once, when the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!reframe || !settled) return;
    const frame = () => {
      if (!hasFilters(filters)) {
        useAppStore.getState().frameResults(null);
        return;
      }
      const spans = models.map((m) => ({ from: m.start.valueOf(), to: (m.end ?? m.start).valueOf() }));
      const fitted = fitWindow(spans);
      // No match: the window stays where it was, for the reader to change the filter back.
      if (fitted) useAppStore.getState().frameResults(fitted);
      else useAppStore.setState({ reframe: false });
    };
    if (filters.q.trim() === '') {
      frame();
      return;
    }
    const timer = setTimeout(frame, QUERY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [reframe, settled, models, filters]);
}
