export { eventsToCsv, CSV_COLUMNS, type CsvColumn } from './to-csv';
export { quotationsToCsv, QUOTATION_CSV_COLUMNS } from './quotations-csv';
export { citedWorks } from './cited-works';
export { exportTitle } from './export-title';
export { eventsToJson } from './to-json';
export {
  eventsToTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsEvent,
  type TimelineJsText,
} from './to-timelinejs';
export { exportFileName, type ExportExtension, type ExportFilterParts } from './file-name';
export { downloadText } from '../../lib/download';
/** BibTeX and RIS bring citation-js: a module of their own, loaded only when one is asked for. */
export const loadBibliographyWriter = () => import('./to-bibliography');
export { matrixToCsv, matrixToJson, MATRIX_CSV_COLUMNS } from './matrix-export';
