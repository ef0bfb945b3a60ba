import { describe, expect, it } from 'vitest';
import { between, DAY, EXTENT, LIMITS } from './test-support';
import { windowForKey } from './window-keys';
import { centreOf, spanOf } from './window-math';

const W = between([1920, 1], [1930, 1]);
const span = spanOf(W);
const body = (key: string, w = W) => windowForKey('body', key, w, EXTENT, LIMITS);

describe('windowForKey on the brush body', () => {
  it('moves by a tenth of the span with ←/→ and ↓/↑', () => {
    expect(body('ArrowRight')).toEqual({ from: W.from + span / 10, to: W.to + span / 10 });
    expect(body('ArrowUp')).toEqual(body('ArrowRight'));
    expect(body('ArrowLeft')).toEqual({ from: W.from - span / 10, to: W.to - span / 10 });
    expect(body('ArrowDown')).toEqual(body('ArrowLeft'));
  });

  it('moves by the whole span with Page Up (later) and Page Down (earlier)', () => {
    const fiveYears = between([1920, 1], [1925, 1]);
    const five = spanOf(fiveYears);
    expect(body('PageUp', fiveYears)).toEqual({ from: fiveYears.to, to: fiveYears.to + five });
    expect(body('PageDown', fiveYears)).toEqual({ from: fiveYears.from - five, to: fiveYears.from });
  });

  it('stops a large step at the end of the strip', () => {
    expect(body('PageUp')).toEqual({ from: EXTENT.to - span, to: EXTENT.to });
  });

  it('goes to the start and end of the strip with Home and End', () => {
    expect(body('Home')).toEqual({ from: EXTENT.from, to: EXTENT.from + span });
    expect(body('End')).toEqual({ from: EXTENT.to - span, to: EXTENT.to });
  });

  it('zooms in with + and =, out with − and _, around the centre', () => {
    for (const key of ['+', '=']) expect(spanOf(body(key) ?? W)).toBe(span / 2);
    for (const key of ['-', '_']) expect(spanOf(body(key) ?? W)).toBe(Math.min(span * 2, spanOf(EXTENT)));
    expect(Math.abs(centreOf(body('+') ?? W) - centreOf(W))).toBeLessThanOrEqual(1);
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Tab', 'Enter', ' ', 'Escape', 'a', '0']) expect(body(key)).toBeNull();
  });
});

describe('windowForKey on the handles', () => {
  it('moves only that edge by a tenth of the span', () => {
    expect(windowForKey('from', 'ArrowLeft', W, EXTENT, LIMITS)).toEqual({
      from: W.from - span / 10,
      to: W.to,
    });
    expect(windowForKey('to', 'ArrowRight', W, EXTENT, LIMITS)).toEqual({
      from: W.from,
      to: W.to + span / 10,
    });
    expect(windowForKey('to', 'PageDown', W, EXTENT, LIMITS)).toEqual({ from: W.from, to: W.from + DAY });
  });

  it('takes that edge to an end of the strip with Home and End', () => {
    expect(windowForKey('from', 'Home', W, EXTENT, LIMITS)).toEqual({ from: EXTENT.from, to: W.to });
    expect(windowForKey('to', 'End', W, EXTENT, LIMITS)).toEqual({ from: W.from, to: EXTENT.to });
  });

  it('does not zoom: + and − belong to the body', () => {
    expect(windowForKey('from', '+', W, EXTENT, LIMITS)).toBeNull();
  });
});
