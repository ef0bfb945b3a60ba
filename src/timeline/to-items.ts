import { formatEventDate, parseDate } from '../dates';
import { timelineName, type EventKind, type EventListing, type Faction } from '../data/schemas';
import { factionColour } from '../ui/faction-colour';
import type { LaneAssignment } from './lanes';

/** What the timeline draws of one event; built here so it can be tested without a DOM. */
export interface TimelineItemModel {
  id: string;
  /** The lane it is drawn in (a faction id): see lanes.ts. */
  group: string;
  start: Date;
  /** Present for events that last: periods, congresses, campaigns. */
  end?: Date;
  /** The full title: the event's name in the tooltip, the panel and for screen readers. */
  title: string;
  /** What is written beside it on the timeline: its short title where it has one. */
  name: string;
  kind: EventKind;
  /** The lane's colour, as a CSS value that follows the theme. */
  colour: string;
  /** A key event: named at every zoom, placed before the others. */
  landmark: boolean;
  /** How much the source says of it (its quotations): who gets room for a name first. */
  weight: number;
  /** Its dates at their own precision: "8–16 March 1921". */
  dateText: () => string;
  /** Its factions' names, the lane's first. */
  factionsText: () => string;
}

/**
 * One model per event, lane and dataset: a filter change then hands the engine the very models
 * it drew before, which it can leave alone (needs-redraw.ts), and 10,000 dates are not parsed
 * again on every keystroke. Another object for the same event keeps the model while what is
 * drawn of it is the same: when the events' text arrives, the listing's events give way to
 * whole ones, and the engine redraws nothing.
 */
const models = new Map<
  string,
  { factions: readonly Faction[]; lane: string; source: EventListing; model: TimelineItemModel | null }
>();

/** Whether two objects for one event draw the same item: what toModel reads. */
const drawnAlike = (a: EventListing, b: EventListing) =>
  a === b ||
  (a.title === b.title &&
    a.shortTitle === b.shortTitle &&
    a.landmark === b.landmark &&
    a.start === b.start &&
    a.end === b.end &&
    a.kind === b.kind &&
    a.passages.length === b.passages.length &&
    a.factions.length === b.factions.length &&
    a.factions.every((f, i) => f === b.factions[i]));

export function toTimelineItems(
  events: readonly EventListing[],
  factions: readonly Faction[],
  lanes: LaneAssignment,
): TimelineItemModel[] {
  let byId: Map<string, Faction> | undefined;
  const items: TimelineItemModel[] = [];
  for (const event of events) {
    const lane = lanes.laneOf.get(event.id);
    if (lane === undefined) continue;
    let cached = models.get(event.id);
    if (cached?.factions !== factions || cached.lane !== lane || !drawnAlike(cached.source, event)) {
      byId ??= new Map(factions.map((f) => [f.id, f]));
      cached = { factions, lane, source: event, model: toModel(event, lane, byId) };
      models.set(event.id, cached);
    }
    if (cached.model) items.push(cached.model);
  }
  return items;
}

function toModel(
  event: EventListing,
  laneId: string,
  byId: ReadonlyMap<string, Faction>,
): TimelineItemModel | null {
  const start = parseDate(event.start);
  const end = event.end === undefined ? undefined : parseDate(event.end);
  const lane = byId.get(laneId);
  if (!start || end === null || !lane) return null;
  const others = event.factions.filter((f) => f !== laneId);
  const item: TimelineItemModel = {
    id: event.id,
    group: lane.id,
    start: new Date(start.min),
    title: event.title,
    name: timelineName(event),
    kind: event.kind,
    colour: factionColour(lane),
    landmark: event.landmark === true,
    weight: event.passages.length,
    dateText: () => formatEventDate(event),
    factionsText: () => [laneId, ...others].map((f) => byId.get(f)?.name ?? f).join(', '),
  };
  if (end) item.end = new Date(end.max);
  return item;
}
