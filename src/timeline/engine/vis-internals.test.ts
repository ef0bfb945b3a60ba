// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { missingInternals, prepareFirstDraw, settleResizeWatch, withBatchedDrawing } from './vis-internals';

let timeline: Timeline | null = null;
afterEach(() => {
  timeline?.destroy();
  timeline = null;
});

function build(): Timeline {
  const host = document.createElement('div');
  document.body.append(host);
  timeline = new Timeline(host, new DataSet([{ id: 'a', start: new Date(0), content: '' }]), {
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
