import { describe, expect, it } from 'vitest';
import { itemModel } from '../test-models.test-support';
import type { Drawn } from './plan';
import { tabStopFor } from './tab-stop';

const models = [itemModel('early', 'x', 1910), itemModel('a', 'x', 1921), itemModel('b', 'y', 1922)];
const drawnAs = (ids: string[]): Drawn[] =>
  models
    .filter((m) => ids.includes(m.id))
    .map((model, rank) => ({
      kind: 'event',
      model,
      shape: 'point',
      named: true,
      label: model.name,
      barPx: 0,
      rank,
      row: 0,
      box: [0, 10],
      flipped: false,
      at: model.start.valueOf(),
    }));

describe('tabStopFor', () => {
  it('is the focused event, else the selected one, when drawn', () => {
    expect(tabStopFor(drawnAs(['a', 'b']), models, ['b', 'a'], 0)).toBe('b');
    expect(tabStopFor(drawnAs(['a', 'b']), models, [null, 'a'], 0)).toBe('a');
  });

  it('is the first event drawn in the window when neither is drawn', () => {
    const windowStart = Date.UTC(1920, 0, 1);
    expect(tabStopFor(drawnAs(['early', 'a', 'b']), models, ['gone', null], windowStart)).toBe('a');
  });

  it('is nothing when nothing is drawn', () => {
    expect(tabStopFor([], models, [null, null], 0)).toBeNull();
  });
});
