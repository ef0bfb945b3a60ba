import type { HistoricalEvent } from '../data/schemas';
import type { Filters } from '../state/slices';
import { useAppStore } from '../state/store';
import type { ExportFormat } from '../features/filters/filter-bar';

/** Exports what is filtered; the export code loads only when someone asks for a file. */
export async function exportEvents(
  format: ExportFormat,
  events: readonly HistoricalEvent[],
  filters: Filters,
) {
  const { eventsToCsv, eventsToJson, eventsToTimelineJs, exportFileName, downloadText } =
    await import('../features/export');
  const { factions, people } = useAppStore.getState().listing;
  const parts = { factions: filters.factions, kinds: filters.kinds, people: filters.people, q: filters.q };
  if (format === 'csv') {
    downloadText(
      exportFileName(parts, 'csv'),
      eventsToCsv(events, factions, people),
      'text/csv;charset=utf-8',
    );
  } else if (format === 'json') {
    downloadText(exportFileName(parts, 'json'), eventsToJson(events), 'application/json');
  } else {
    const title = 'Oppositions in the Bolshevik party, 1907–1937';
    downloadText(
      exportFileName(parts, 'timelinejs.json'),
      JSON.stringify(eventsToTimelineJs(events, factions, people, title), null, 2),
      'application/json',
    );
  }
}
