export { parseDate, type HistoricalDate, type Precision } from './parse';
export { formatDate, formatRange, formatOldStyle, formatDualDate } from './format';
export { isBeforeCalendarReform, toOldStyle, NEW_STYLE_ADOPTED } from './old-style';
