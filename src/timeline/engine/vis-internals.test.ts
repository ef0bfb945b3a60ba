// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { missingInternals, prepareFirstDraw, settleResizeWatch, withBatchedDrawing } from './vis-internals';

let timeline: Timeline | null = null;
afterEach(() => {
  timeline?.destroy();
  timeline = null;
});

const items = () =>
  new DataSet<{ id: string; start: Date; content: string }>([{ id: 'a', start: new Date(0), content: 'a' }]);

function build(data = items()): Timeline {
  const host = document.createElement('div');
  document.body.append(host);
  timeline = new Timeline(host, data, {
    start: new Date(0),
    end: new Date(1000 * 86_400_000),
  });
  return timeline;
}

describe('the vis-timeline internals the engine relies on', () => {
  it('are all there in the installed vis-timeline: an upgrade that removes one fails here', () => {
    expect(missingInternals(build())).toEqual([]);
  });

  it('empties the window only while a change runs', () => {
    const t = build();
    const before = t.getWindow();
    const range = (t as unknown as { range: { start: number; end: number } }).range;
    let inside: number[] = [];
    withBatchedDrawing(t, () => {
      inside = [range.start, range.end];
    });
    expect(inside).toEqual([Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
    expect(t.getWindow()).toEqual(before);
  });

  it('holds off the item set’s own redraw while a change runs: in the empty window it took every drawn item out of the page', () => {
    const data = items();
    const t = build(data);
    const itemSet = (t as unknown as { itemSet: object }).itemSet;
    const redraw = vi.spyOn(Object.getPrototypeOf(itemSet) as { redraw: () => boolean }, 'redraw');
    withBatchedDrawing(t, () => {
      data.add({ id: 'b', start: new Date(86_400_000), content: 'b' });
      data.remove('b');
    });
    expect(redraw).not.toHaveBeenCalled();
    // Given back: the next change outside a batch redraws the item set as vis-timeline does.
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    data.add({ id: 'c', start: new Date(86_400_000), content: 'c' });
    expect(redraw).toHaveBeenCalled();
    redraw.mockRestore();
  });

  it('restores the window even when the change throws', () => {
    const t = build();
    const before = t.getWindow();
    expect(() =>
      withBatchedDrawing(t, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(t.getWindow()).toEqual(before);
  });

  it('readies a first draw and records the drawn size without throwing', () => {
    const t = build();
    prepareFirstDraw(t);
    settleResizeWatch(t);
    expect((t as unknown as { redrawCount: number }).redrawCount).toBe(0);
    expect((t as unknown as { initialRangeChangeDone: boolean }).initialRangeChangeDone).toBe(true);
  });
});
