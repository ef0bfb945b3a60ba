import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { formatDate, formatEventDate, parseDate, type HistoricalDate } from '../../dates';
import { escapeHtml } from '../../lib/escape-html';
import { namesOf } from './names';

/*
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html).
 *
 * TimelineJS writes headlines, texts, group labels and display dates into the page with
 * innerHTML, so every string of ours is escaped here, once, and the only markup in the file
 * is the handful of tags this module writes itself. Quotations and titles are data: a title
 * such as `<img src=x onerror=alert(1)>` must show as those characters, never run.
 */

/** A TimelineJS date: month and day only when the source knows them. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  /** Shown instead of TimelineJS's own rendering: keeps "c. 1926" and "September 1923?". */
  display_date?: string;
}

export interface TimelineJsText {
  headline: string;
  /** HTML. */
  text: string;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /**
   * The slide's date line. Without it TimelineJS writes "start — end" from the two dates, which
   * would read "8 March 1921 — 16 March 1921"; our range shares its parts: "8–16 March 1921".
   */
  display_date: string;
  text: TimelineJsText;
  /** TimelineJS's row label: the event's lane, its first faction. */
  group?: string;
}

export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
}

const SOURCE_NOTE =
  'Events from the appendix “Were any of the Bolshevik oppositions a real alternative?” of ' +
  'An Anarchist FAQ, with the quotations and citations that text gives, filtered as this title describes.';

function toTimelineJsDate(date: HistoricalDate): TimelineJsDate {
  const out: TimelineJsDate = { year: date.year };
  if (date.month !== undefined) out.month = date.month;
  if (date.day !== undefined) out.day = date.day;
  out.display_date = escapeHtml(formatDate(date));
  return out;
}

/** Summary, who took part, each quotation with its citation, then the historian's note. */
function slideHtml(event: HistoricalEvent, people: readonly Person[]): string {
  const parts = [`<p>${escapeHtml(event.summary)}</p>`];
  const names = namesOf(event.people, people);
  if (names.length > 0) parts.push(`<p class="people">${escapeHtml(names.join(', '))}</p>`);
  for (const passage of event.passages) {
    parts.push(`<blockquote>${escapeHtml(passage.quote)}</blockquote>`);
    parts.push(`<p class="cite">${escapeHtml(passage.cite)}</p>`);
  }
  if (event.note !== undefined) parts.push(`<p class="note">${escapeHtml(event.note)}</p>`);
  return parts.join('');
}

/**
 * One slide per event, or null when its start is not a date (the loader drops such events, so
 * this only guards a caller that skipped it): TimelineJS rejects the whole file over one bad date.
 */
function toSlide(
  event: HistoricalEvent,
  factions: readonly Faction[],
  people: readonly Person[],
): TimelineJsEvent | null {
  const start = parseDate(event.start);
  if (!start) return null;
  const end = event.end === undefined ? null : parseDate(event.end);
  const slide: TimelineJsEvent = {
    unique_id: event.id,
    start_date: toTimelineJsDate(start),
    display_date: escapeHtml(formatEventDate(event)),
    text: { headline: escapeHtml(event.title), text: slideHtml(event, people) },
  };
  if (end) slide.end_date = toTimelineJsDate(end);
  const [lane] = namesOf(event.factions.slice(0, 1), factions);
  if (lane !== undefined) slide.group = escapeHtml(lane);
  return slide;
}

/** The events as a TimelineJS3 document; `title` is the headline of its title slide. */
export function eventsToTimelineJs(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
  title: string,
): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(title), text: `<p>${escapeHtml(SOURCE_NOTE)}</p>` } },
    events: events.flatMap((event) => toSlide(event, factions, people) ?? []),
  };
}
