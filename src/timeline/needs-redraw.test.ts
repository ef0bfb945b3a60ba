import { describe, expect, it } from 'vitest';
import type { ItemRecord } from './era-items';
import { needsRedraw } from './needs-redraw';
import { itemModel } from './test-models.test-support';

const model = itemModel('tenth-congress', 'leadership', 1921);
const record = (over: Partial<ItemRecord> = {}): ItemRecord => ({
  id: model.id,
  group: model.group,
  start: model.start,
  content: '',
  className: 'tl-event tl-density-overview',
  model,
  ...over,
});
const cluster = (count: number) => ({ id: 'c', group: 'x', from: 0, to: 10, count });

describe('needsRedraw', () => {
  it('redraws an item that is not drawn yet', () => {
    expect(needsRedraw(null, record())).toBe(true);
  });

  it('leaves an item alone when the same event is drawn the same way', () => {
    // A fresh record object, as the engine builds on every change.
    expect(needsRedraw(record(), record())).toBe(false);
  });

  it('redraws when the label density, the lane or the event changed', () => {
    expect(needsRedraw(record(), record({ className: 'tl-event tl-density-close' }))).toBe(true);
    expect(needsRedraw(record(), record({ group: 'workers-opposition' }))).toBe(true);
    expect(needsRedraw(record(), record({ model: { ...model } }))).toBe(true);
  });

  it('redraws a cluster whose stretch of time changed, not one whose count alone did', () => {
    expect(needsRedraw(record({ cluster: cluster(3) }), record({ cluster: cluster(3) }))).toBe(false);
    // The count is written into the drawn element in place (setClusterCount).
    expect(needsRedraw(record({ cluster: cluster(3) }), record({ cluster: cluster(4) }))).toBe(false);
    expect(
      needsRedraw(record({ cluster: cluster(3) }), record({ cluster: { ...cluster(3), to: 20 } })),
    ).toBe(true);
  });
});
