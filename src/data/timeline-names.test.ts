import { describe, expect, it } from 'vitest';
import { realDataset } from './real-dataset.test-support';
import { TIMELINE_NAME_MAX_LENGTH, timelineName } from './schemas';

describe('the names the timeline draws for the real dataset', () => {
  const { events } = realDataset();

  it(`fit in ${TIMELINE_NAME_MAX_LENGTH} characters`, () => {
    const tooLong = events.filter((event) => timelineName(event).length > TIMELINE_NAME_MAX_LENGTH);
    expect(tooLong.map((event) => event.id)).toEqual([]);
  });

  it('tell every event from every other', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const event of events) {
      const name = timelineName(event).toLowerCase();
      const other = seen.get(name);
      if (other === undefined) seen.set(name, event.id);
      else clashes.push(`${other} and ${event.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('leave a title that already fits without a short title', () => {
    const needless = events.filter(
      (event) => event.shortTitle !== undefined && event.title.length <= TIMELINE_NAME_MAX_LENGTH,
    );
    expect(needless.map((event) => event.id)).toEqual([]);
  });
});
