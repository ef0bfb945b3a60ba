export { parseDate, type HistoricalDate, type Precision } from './parse';
export { formatDate, formatRange, formatSpan, formatInstant, formatOldStyle, formatDualDate } from './format';
export { isBeforeCalendarReform, toOldStyle, NEW_STYLE_ADOPTED } from './old-style';
export { formatEventDate, formatEventDates, type EventDates } from './event-dates';
