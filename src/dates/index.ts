export { parseDate, type HistoricalDate, type Precision } from './parse';
export {
  formatDate,
  formatRange,
  formatSpan,
  formatInstant,
  formatOldStyle,
  formatDualDate,
  nameOfMonth,
} from './format';
export { calendarTicks, type CalendarStep } from './calendar-ticks';
export { isBeforeCalendarReform, toOldStyle, NEW_STYLE_ADOPTED } from './old-style';
export { formatEventDate, formatEventDates, type EventDates } from './event-dates';
