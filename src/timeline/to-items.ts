import { formatRange, parseDate } from '../dates';
import type { EventKind, EventListing, Faction } from '../data/schemas';

/** What the adapter hands vis-timeline for one event; built here so it can be tested without a DOM. */
/**
 * Happenings shorter than this are drawn as points: at the zooms where most reading happens a
 * congress of eight days would be a one-pixel bar whose label spills over its neighbours.
 * Periods (a faction's life, a war, NEP) stay ranges.
 */
export const SHORTEST_RANGE_MS = 90 * 86_400_000;

export interface TimelineItemModel {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  title: string;
  kind: EventKind;
  colour: string;
  /** Name read out by screen readers: title, date, factions. Built on demand: most items are never drawn. */
  label: () => string;
}

/**
 * One model per event (by id) and factions list: a filter change then hands the engine the very
 * models it drew before, which it can leave alone (needs-redraw.ts), and 10,000 dates are not
 * parsed again on every keystroke. Another object for the same event keeps the model while what
 * is drawn of it is the same: when the events' text arrives, the listing's events give way to
 * whole ones, and the engine redraws nothing.
 */
const models = new Map<
  string,
  { factions: readonly Faction[]; source: EventListing; model: TimelineItemModel | null }
>();

/** Whether two objects for one event draw the same item: what toModel reads. */
const drawnAlike = (a: EventListing, b: EventListing) =>
  a === b ||
  (a.title === b.title &&
    a.start === b.start &&
    a.end === b.end &&
    a.kind === b.kind &&
    a.factions.length === b.factions.length &&
    a.factions.every((f, i) => f === b.factions[i]));

export function toTimelineItems(
  events: readonly EventListing[],
  factions: readonly Faction[],
): TimelineItemModel[] {
  let byId: Map<string, Faction> | undefined;
  const items: TimelineItemModel[] = [];
  for (const event of events) {
    let cached = models.get(event.id);
    if (cached?.factions !== factions || !drawnAlike(cached.source, event)) {
      byId ??= new Map(factions.map((f) => [f.id, f]));
      cached = { factions, source: event, model: toModel(event, byId) };
      models.set(event.id, cached);
    }
    if (cached.model) items.push(cached.model);
  }
  return items;
}

function toModel(event: EventListing, byId: ReadonlyMap<string, Faction>): TimelineItemModel | null {
  const start = parseDate(event.start);
  const end = event.end === undefined ? undefined : parseDate(event.end);
  const lane = byId.get(event.factions[0] ?? '');
  if (!start || end === null || !lane) return null;
  const item: TimelineItemModel = {
    id: event.id,
    group: lane.id,
    start: new Date(start.min),
    type: end && end.max - start.min >= SHORTEST_RANGE_MS ? 'range' : 'point',
    title: event.title,
    kind: event.kind,
    colour: lane.colour,
    label: () =>
      `${event.title}, ${formatRange(start, end)}, ${event.factions.map((f) => byId.get(f)?.name ?? f).join(', ')}`,
  };
  if (end && item.type === 'range') item.end = new Date(end.max);
  return item;
}

/** Lanes for the factions that have events, in the order of factions.json. */
export function lanesFor(events: readonly EventListing[], factions: readonly Faction[]): Faction[] {
  const used = new Set(events.map((e) => e.factions[0]));
  return factions.filter((f) => used.has(f.id));
}
