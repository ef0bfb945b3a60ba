import type { HistoricalEvent } from '../data/schemas';
import type { Filters } from '../state/slices';
import { useAppStore } from '../state/store';
import type { ExportFormat } from '../features/filters/filter-bar';

const CSV = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json';

/** Exports what is filtered; the export code loads only when someone asks for a file. */
export async function exportEvents(
  format: ExportFormat,
  events: readonly HistoricalEvent[],
  filters: Filters,
) {
  const exports = await import('../features/export');
  const { factions, people } = useAppStore.getState().listing;
  const parts = { factions: filters.factions, kinds: filters.kinds, people: filters.people, q: filters.q };
  const save = exports.downloadText;
  switch (format) {
    case 'csv':
      save(exports.exportFileName(parts, 'csv'), exports.eventsToCsv(events, factions, people), CSV);
      return;
    case 'csv-quotations':
      save(
        exports.exportFileName(parts, 'quotations.csv'),
        exports.quotationsToCsv(events, factions, people),
        CSV,
      );
      return;
    case 'json':
      save(exports.exportFileName(parts, 'json'), exports.eventsToJson(events, factions, people), JSON_TYPE);
      return;
    case 'timelinejs': {
      const title = exports.exportTitle(parts, factions, people);
      save(
        exports.exportFileName(parts, 'timelinejs.json'),
        JSON.stringify(exports.eventsToTimelineJs(events, factions, people, title), null, 2),
        JSON_TYPE,
      );
      return;
    }
    case 'bibtex':
    case 'ris':
    case 'csl-json': {
      // Without the bibliography (offline before it was fetched), works are made from the passages.
      // The bibliography's loader too waits for this moment: nothing of it is in the first view.
      const [{ worksToBibliography }, works] = await Promise.all([
        exports.loadBibliographyWriter(),
        import('../data/load-works').then(({ loadWorks }) => loadWorks()).catch(() => []),
      ]);
      const text = worksToBibliography(exports.citedWorks(events, works), format);
      if (format === 'bibtex') save(exports.exportFileName(parts, 'bib'), text, 'application/x-bibtex');
      else if (format === 'ris')
        save(exports.exportFileName(parts, 'ris'), text, 'application/x-research-info-systems');
      else save(exports.exportFileName(parts, 'csl.json'), text, JSON_TYPE);
    }
  }
}
