import { describe, expect, it } from 'vitest';
import { itemsToDraw } from './drawn-items';
import { itemModel } from './test-models.test-support';

const model = itemModel;
const window = (from: number, to: number) => ({ from: Date.UTC(from, 0, 1), to: Date.UTC(to, 0, 1) });

describe('itemsToDraw', () => {
  const models = [model('a', 'x', 1910), model('b', 'x', 1921), model('c', 'y', 1921), model('d', 'y', 1935)];

  it('draws every event near the window when there are few', () => {
    const drawn = itemsToDraw(models, window(1920, 1922), 10);
    expect(drawn.map((d) => (d.kind === 'event' ? d.model.id : d.cluster.id))).toEqual(['b', 'c']);
  });

  it('keeps events within half a window either side, for panning', () => {
    const drawn = itemsToDraw(models, window(1922, 1924), 10);
    expect(drawn.map((d) => (d.kind === 'event' ? d.model.id : ''))).toEqual(['b', 'c']);
  });

  it('counts events in clusters per lane once there are too many', () => {
    const many = Array.from({ length: 50 }, (_, i) => model(`e${i}`, i % 2 ? 'x' : 'y', 1921));
    const drawn = itemsToDraw(many, window(1920, 1922), 4, 10);
    expect(drawn.every((d) => d.kind === 'cluster')).toBe(true);
    const counts = drawn.map((d) => (d.kind === 'cluster' ? d.cluster.count : 0));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(new Set(drawn.map((d) => (d.kind === 'cluster' ? d.cluster.group : '')))).toEqual(
      new Set(['x', 'y']),
    );
  });

  it('clusters a lane crowded for the width on its own, and draws the other lanes event by event', () => {
    const crowded = Array.from({ length: 8 }, (_, i) => model(`x${i}`, 'x', 1921));
    const drawn = itemsToDraw([...crowded, model('y1', 'y', 1921)], window(1920, 1922), 4, 300, 5);
    expect(drawn.flatMap((d) => (d.kind === 'event' ? [d.model.id] : []))).toEqual(['y1']);
    const clusters = drawn.flatMap((d) => (d.kind === 'cluster' ? [d.cluster] : []));
    expect(clusters.every((c) => c.group === 'x')).toBe(true);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(8);
  });

  it("counts only the events inside the window against a lane's capacity, not those kept for panning", () => {
    const beside = Array.from({ length: 8 }, (_, i) => model(`x${i}`, 'x', 1923));
    const drawn = itemsToDraw([...beside, model('x-in', 'x', 1921)], window(1920, 1922), 4, 300, 5);
    expect(drawn.every((d) => d.kind === 'event')).toBe(true);
    expect(drawn).toHaveLength(9);
  });
});
