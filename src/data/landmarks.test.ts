import { describe, expect, it } from 'vitest';
import { realDataset } from './real-dataset.test-support';

/** The four moments the product is built around: the Left Communists of 1918, the Tenth Congress, the Workers' Group arrests of 1923 and the 1927 Platform. */
const CORE_LANDMARKS = [
  'left-communist-opposition',
  'tenth-party-congress',
  'workers-group-arrests',
  'platform-of-the-opposition',
];

/** Each landmark always takes room for its name in its lane; more than this crowds the lane. */
const MAX_LANDMARKS_PER_LANE = 4;

describe('landmarks in the real dataset', () => {
  const { events } = realDataset();
  const landmarks = events.filter((event) => event.landmark === true);

  it.each(CORE_LANDMARKS)('marks %s, one the product is built around, as a landmark', (id) => {
    expect(events.find((event) => event.id === id)?.landmark).toBe(true);
  });

  it(`put at most ${MAX_LANDMARKS_PER_LANE} in any lane (an event's first faction)`, () => {
    const perLane = new Map<string, number>();
    for (const event of landmarks) {
      const lane = event.factions[0] ?? '';
      perLane.set(lane, (perLane.get(lane) ?? 0) + 1);
    }
    for (const [lane, count] of perLane) expect(count, lane).toBeLessThanOrEqual(MAX_LANDMARKS_PER_LANE);
  });
});
