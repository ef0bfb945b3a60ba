import { parseDate } from '../../dates';
import type { HistoricalEvent } from '../../data/schemas';
import { shuffled } from './random';

export interface OrderTask {
  /** The events as the task first shows them: shuffled, never already in order. */
  shown: HistoricalEvent[];
  /** Their ids in the order they happened. */
  answer: string[];
}

const span = (e: HistoricalEvent) => {
  const d = parseDate(e.start);
  return d ? { from: d.min, to: d.max } : null;
};

/**
 * "Put these in order": up to `count` of the events, none of whose start dates could be confused
 * (a "1921" and a "March 1921" could come in either order, so never both), shuffled.
 */
export function orderTask(events: readonly HistoricalEvent[], random: () => number, count = 6): OrderTask {
  const picked: { event: HistoricalEvent; from: number; to: number }[] = [];
  for (const event of shuffled(events, random)) {
    if (picked.length === count) break;
    const s = span(event);
    if (!s || picked.some((p) => s.from <= p.to && p.from <= s.to)) continue;
    picked.push({ event, ...s });
  }
  const answer = [...picked].sort((a, b) => a.from - b.from).map((p) => p.event.id);
  let shown = shuffled(
    picked.map((p) => p.event),
    random,
  );
  // Shown already in order there would be nothing to do: start from the last one instead.
  if (shown.length > 1 && shown.every((e, i) => e.id === answer[i]))
    shown = [...shown.slice(1), shown[0] as HistoricalEvent];
  return { shown, answer };
}

/** How many of the reader's order stand where they belong. */
export const placedRight = (order: readonly string[], answer: readonly string[]): number =>
  order.filter((id, i) => answer[i] === id).length;
