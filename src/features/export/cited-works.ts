import type { HistoricalEvent } from '../../data/schemas';
import type { Work } from '../../data/works';
import { workFromPassage } from '../../lib/citation/cite-request';
import { SOURCE_WORK } from '../../lib/citation/source-work';

/**
 * Every work the events' quotations cite, once each, in the order they are first cited, after
 * the FAQ appendix every quotation was taken from. A work the bibliography lacks is made from the
 * passage's own fields, so no cited work is missing from an export.
 */
export function citedWorks(events: readonly HistoricalEvent[], works: readonly Work[]): Work[] {
  const byId = new Map(works.map((w) => [w.id, w]));
  const cited = new Map<string, Work>([[SOURCE_WORK.id, byId.get(SOURCE_WORK.id) ?? SOURCE_WORK]]);
  for (const passage of events.flatMap((e) => e.passages)) {
    const work =
      (passage.workId === undefined ? undefined : byId.get(passage.workId)) ?? workFromPassage(passage);
    if (work && !cited.has(work.id)) cited.set(work.id, work);
  }
  return [...cited.values()];
}
