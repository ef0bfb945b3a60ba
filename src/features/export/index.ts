export { eventsToCsv, CSV_COLUMNS, type CsvColumn } from './to-csv';
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
