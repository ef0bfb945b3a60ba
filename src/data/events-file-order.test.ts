import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realDataset } from './real-dataset.test-support';

describe('data/events.json', () => {
  it('lists the events in the order the app shows them (by date), so a reader of the file and the tests meet them as readers do', () => {
    const file = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { id: string }[]).map((e) => e.id);
    expect(file).toEqual(realDataset().events.map((e) => e.id));
  });
});
