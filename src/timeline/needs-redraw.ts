import type { ItemRecord } from './era-items';

/**
 * Whether an item must be handed to vis-timeline again: what it shows or where it sits differs
 * from what is drawn. Records are rebuilt on every change, so they are compared field by field;
 * models are compared by reference, as toTimelineItems makes one per event per dataset. A
 * cluster's count is not compared: the engine writes a new count into the drawn element, since a
 * cluster's size is its stretch of time.
 */
export function needsRedraw(drawn: ItemRecord | null, next: ItemRecord): boolean {
  if (!drawn) return true;
  return (
    drawn.model !== next.model ||
    drawn.className !== next.className ||
    drawn.group !== next.group ||
    drawn.cluster?.from !== next.cluster?.from ||
    drawn.cluster?.to !== next.cluster?.to
  );
}
