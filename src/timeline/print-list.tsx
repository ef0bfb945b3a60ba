import { formatSpan } from '../dates';
import type { TimeWindow } from '../state/slices';
import type { TimelineItemModel } from './to-items';

export interface PrintListProps {
  models: readonly TimelineItemModel[];
  window: TimeWindow;
}

/** The events a window shows: those that start, end or last in it, in date order. */
export function eventsIn(models: readonly TimelineItemModel[], win: TimeWindow): TimelineItemModel[] {
  return models
    .filter((m) => m.start.valueOf() < win.to && (m.end ?? m.start).valueOf() >= win.from)
    .sort((a, b) => a.start.valueOf() - b.start.valueOf());
}

/** The printed list's heading: "The 12 events of 1921", "The one event of 1923", "No events in 1905". */
export function printListTitle(count: number, win: TimeWindow): string {
  const span = formatSpan(win.from, win.to - 1);
  if (count === 0) return `No events in ${span}`;
  return count === 1 ? `The one event of ${span}` : `The ${count} events of ${span}`;
}

/**
 * Printed under the timeline, never shown on screen: the events of the window printed above it,
 * in date order, with their dates, kinds and factions, so the page can be read without the
 * screen (names too long for the timeline are whole here).
 */
export function PrintList({ models, window: win }: PrintListProps) {
  const shown = eventsIn(models, win);
  return (
    <section className="print-list" aria-label="Events in this window">
      <h2 className="print-list__title">{printListTitle(shown.length, win)}</h2>
      <ol className="print-list__events">
        {shown.map((m) => (
          <li key={m.id}>
            <span className="print-list__date">{m.dateText()}</span> <strong>{m.title}</strong>{' '}
            <span className="print-list__detail">
              ({m.kind}; {m.factionsText()})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
