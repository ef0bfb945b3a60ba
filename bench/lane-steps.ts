/**
 * `npx tsx bench/lane-steps.ts`: on the real dataset at its default lanes, how often ↓ then ↑ (or
 * ↑ then ↓) comes back to the event it started from, when each press lands nearest the event it is
 * on, and when a run of presses lands nearest the event it began on (as the timeline's keys do:
 * src/timeline/input/use-timeline-keys.ts).
 */
import { readRawDataset } from '../scripts/read-dataset';
import { validateDataset } from '../src/data/validate-dataset';
import { assignLanes } from '../src/timeline/lanes';
import { neighbour } from '../src/timeline/navigation';
import { toTimelineItems } from '../src/timeline/to-items';

const { dataset } = validateDataset(readRawDataset());
const lanes = assignLanes(dataset.events, dataset.factions, []);
const items = toTimelineItems(dataset.events, dataset.factions, lanes);
const order = lanes.lanes.map((lane) => lane.id);

let steps = 0;
let backFromLastLanding = 0;
let backFromRunStart = 0;
for (const item of items) {
  for (const [there, back] of [
    ['down', 'up'],
    ['up', 'down'],
  ] as const) {
    const landed = neighbour(items, order, item.id, there);
    if (landed === null) continue;
    steps += 1;
    if (neighbour(items, order, landed, back) === item.id) backFromLastLanding += 1;
    if (neighbour(items, order, landed, back, item.id) === item.id) backFromRunStart += 1;
  }
}
console.log(
  `${items.length} events, ${steps} steps to a neighbouring lane; the step back returns to the start in:`,
);
console.log(`  ${backFromLastLanding} of ${steps}, each press nearest the event it is on`);
console.log(`  ${backFromRunStart} of ${steps}, a run of presses nearest the event it began on`);
