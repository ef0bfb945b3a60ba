import type { TimelineItemModel } from '../to-items';
import type { Drawn } from './plan';

/**
 * The one event of the timeline in the Tab order: the focused one if it is drawn, else the
 * selected one, else the first drawn that starts in the window (PRODUCT.md: "Tab reaches the
 * selected or first visible event").
 */
export function tabStopFor(
  drawn: readonly Drawn[],
  models: readonly TimelineItemModel[],
  wanted: readonly (string | null)[],
  windowStart: number,
): string | null {
  const drawnIds = new Set(drawn.flatMap((d) => (d.kind === 'event' ? [d.model.id] : [])));
  for (const id of wanted) if (id !== null && drawnIds.has(id)) return id;
  return models.find((m) => drawnIds.has(m.id) && m.start.valueOf() >= windowStart)?.id ?? null;
}
