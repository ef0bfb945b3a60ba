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
 * One model per event and factions list, kept while the event object lives: a filter change
 * then hands the engine the very models it drew before, which it can leave alone (needs-redraw.ts),
 * and 10,000 dates are not parsed again on every keystroke.
 */
const models = new WeakMap<EventListing, Cached>();
interface Cached {
  factions: readonly Faction[];
  /** The event the model was built from, so another object for the same event can share it. */
  source: EventListing;
  model: TimelineItemModel | null;
}
/**
 * The latest model by event id. The listing's events are replaced by whole ones when their text
 * arrives; what is drawn of them is the same, and so are their models: the engine redraws nothing.
 */
const latestById = new Map<string, Cached>();

/** Whether two objects for one event draw the same item: what toModel reads. */
const drawnAlike = (a: EventListing, b: EventListing) =>
  a.title === b.title &&
  a.start === b.start &&
  a.end === b.end &&
  a.kind === b.kind &&
  a.factions.length === b.factions.length &&
  a.factions.every((f, i) => f === b.factions[i]);

export function toTimelineItems(
  events: readonly EventListing[],
  factions: readonly Faction[],
): TimelineItemModel[] {
  let byId: Map<string, Faction> | undefined;
  const items: TimelineItemModel[] = [];
  for (const event of events) {
    let cached = models.get(event);
    if (cached?.factions !== factions) {
      const latest = latestById.get(event.id);
      if (latest?.factions === factions && drawnAlike(latest.source, event)) cached = latest;
      else {
        byId ??= new Map(factions.map((f) => [f.id, f]));
        cached = { factions, source: event, model: toModel(event, byId) };
        latestById.set(event.id, cached);
      }
      models.set(event, cached);
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
