import type { Dataset } from '../src/data/validate-dataset';
import { measureOverviewBins } from '../src/features/overview/density';
import { assignLanes } from '../src/timeline/lanes';
import { FIT_ALL } from '../src/dates/limits';
import { toTimelineItems } from '../src/timeline/to-items';
import { factionColour } from '../src/ui/faction-colour';
import { median } from './median';

/** The overview strip's width at 1280 px: the timeline card less its margins and padding. */
const STRIP_WIDTH = 1200;

/**
 * What the overview strip computes when the events change (a filter, a search): its density bins
 * for every event in every lane, in Node, the median of `runs` after one warm-up run.
 */
export function overviewBinsMs(dataset: Dataset, runs = 21): number {
  const assignment = assignLanes(dataset.events, dataset.factions, []);
  const models = toTimelineItems(dataset.events, dataset.factions, assignment);
  const lanes = assignment.lanes.map((f) => ({ id: f.id, name: f.name, colour: factionColour(f) }));
  const events = models.map((m) => ({
    lane: m.group,
    start: m.start.valueOf(),
    end: m.end ? m.end.valueOf() : null,
  }));
  measureOverviewBins(events, lanes, FIT_ALL, STRIP_WIDTH);
  return median(Array.from({ length: runs }, () => measureOverviewBins(events, lanes, FIT_ALL, STRIP_WIDTH)));
}
