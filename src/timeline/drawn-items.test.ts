import { describe, expect, it } from 'vitest';
import { itemsToDraw } from './drawn-items';
import type { ItemMetrics } from './layout/plan';
import { itemModel } from './test-models.test-support';

const model = itemModel;
const metrics: ItemMetrics = {
  text: (s) => s.length * 7,
  chrome: 20,
  trail: 3,
  flipped: { chrome: 32, dotInset: 8, periodChrome: 14, barInset: 5 },
  bare: 30,
  dot: 10,
  badge: () => 30,
  margin: 4,
};
const options = (from: number, to: number) => ({
  window: { from: Date.UTC(from, 0, 1), to: Date.UTC(to, 0, 1) },
  width: 800,
  rowCap: 3,
  pinned: new Set<string>(),
  metrics,
});
const ids = (drawn: ReturnType<typeof itemsToDraw>) =>
  drawn.map((d) => (d.kind === 'event' ? d.model.id : d.cluster.id)).sort();

describe('itemsToDraw', () => {
  const models = [model('a', 'x', 1910), model('b', 'x', 1921), model('c', 'y', 1921), model('d', 'y', 1935)];

  it('draws every event near the window when there are few', () => {
    expect(ids(itemsToDraw(models, options(1920, 1922)))).toEqual(['b', 'c']);
  });

  it('keeps events within half a window either side, for panning', () => {
    expect(ids(itemsToDraw(models, options(1922, 1924)))).toEqual(['b', 'c']);
  });

  it('counts events in clusters per lane and stretch of time once there are too many', () => {
    const many = Array.from({ length: 50 }, (_, i) => model(`e${i}`, i % 2 ? 'x' : 'y', 1921));
    const drawn = itemsToDraw(many, options(1920, 1922), 10);
    expect(drawn.every((d) => d.kind === 'cluster' && d.shape === 'bin')).toBe(true);
    const counts = drawn.map((d) => (d.kind === 'cluster' ? d.cluster.count : 0));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(new Set(drawn.map((d) => (d.kind === 'cluster' ? d.cluster.group : '')))).toEqual(
      new Set(['x', 'y']),
    );
  });
});
