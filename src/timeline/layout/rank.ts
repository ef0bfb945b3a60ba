import type { TimelineItemModel } from '../to-items';

/**
 * The order in which a lane's events are given room: key events first, then the events the
 * reader is on, then periods (long bars are placed before the dots that fit around them), then
 * the events the source quotes most, earlier before later.
 */
export function rankEvents(
  models: readonly TimelineItemModel[],
  pinned: ReadonlySet<string>,
): TimelineItemModel[] {
  const tier = (m: TimelineItemModel) => (m.landmark ? 0 : pinned.has(m.id) ? 1 : m.end ? 2 : 3);
  const length = (m: TimelineItemModel) => (m.end ? m.end.valueOf() - m.start.valueOf() : 0);
  return [...models].sort(
    (a, b) =>
      tier(a) - tier(b) ||
      length(b) - length(a) ||
      b.weight - a.weight ||
      a.start.valueOf() - b.start.valueOf(),
  );
}
