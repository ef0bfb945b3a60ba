import { describe, expect, it } from 'vitest';
import { ERAS } from '../../dates/eras';
import {
  eraBands,
  markExtent,
  neighbourLabel,
  position,
  stepWindow,
  stripTicks,
  WHOLE_PERIOD,
} from './strip';

const DAY = 86_400_000;
const visible = (ticks: ReturnType<typeof stripTicks>) => ticks.filter((t) => t.x >= 0 && t.x <= 100);

describe('stepWindow', () => {
  it('shows both named days', () => {
    expect(stepWindow({ from: '1921-02-01', to: '1921-06-30' })).toEqual({
      from: Date.UTC(1921, 1, 1),
      to: Date.UTC(1921, 6, 1),
    });
  });

  it('falls back to the whole of 1907–1937 without a window, or with a backwards one', () => {
    expect(stepWindow(undefined)).toEqual(WHOLE_PERIOD);
    expect(WHOLE_PERIOD).toEqual({ from: Date.UTC(1907, 0, 1), to: Date.UTC(1938, 0, 1) });
    expect(stepWindow({ from: '1921-06-30', to: '1921-02-01' })).toEqual(WHOLE_PERIOD);
  });
});

describe('position', () => {
  const w = { from: 0, to: 100 * DAY };
  it('places a moment in percent across the strip, and off it outside the window', () => {
    expect(position(0, w)).toBe(0);
    expect(position(25 * DAY, w)).toBe(25);
    expect(position(100 * DAY, w)).toBe(100);
    expect(position(-10 * DAY, w)).toBe(-10);
    expect(position(150 * DAY, w)).toBe(150);
  });
});

describe('stripTicks', () => {
  it('labels every fifth year across the whole period', () => {
    const labels = visible(stripTicks(WHOLE_PERIOD)).flatMap((t) => t.label ?? []);
    expect(labels).toEqual(['1910', '1915', '1920', '1925', '1930', '1935']);
  });

  it('places year ticks where their years begin', () => {
    const tick = stripTicks(WHOLE_PERIOD).find((t) => t.key === 'y1922');
    expect(tick?.x).toBeCloseTo(position(Date.UTC(1922, 0, 1), WHOLE_PERIOD));
  });

  it('labels months on a window of a few months, with the year on the first label', () => {
    const w = stepWindow({ from: '1921-02-01', to: '1921-06-30' });
    const labels = visible(stripTicks(w)).flatMap((t) => t.label ?? []);
    expect(labels).toEqual(['Feb 1921', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
  });

  it('labels January with its year when a window crosses into a new year', () => {
    const w = stepWindow({ from: '1920-10-01', to: '1921-02-28' });
    const labels = visible(stripTicks(w)).flatMap((t) => t.label ?? []);
    expect(labels).toEqual(['Oct 1920', 'Nov', 'Dec', '1921', 'Feb', 'Mar']);
    expect(visible(stripTicks(w)).find((t) => t.label === '1921')?.major).toBe(true);
  });

  it('keeps at most eight labels in view on every window the tours use', () => {
    for (const [from, to] of [
      ['1922-10-01', '1924-02-29'],
      ['1927-11-01', '1937-12-31'],
      ['1929-06-01', '1935-12-31'],
      ['1919-09-01', '1920-09-30'],
      ['1923-06-01', '1923-12-31'],
    ] as const) {
      const labels = visible(stripTicks(stepWindow({ from, to }))).filter((t) => t.label !== null);
      expect(labels.length, `${from} to ${to}`).toBeGreaterThanOrEqual(3);
      expect(labels.length, `${from} to ${to}`).toBeLessThanOrEqual(8);
    }
  });

  it('labels fewer ticks when asked to, for a phone', () => {
    const w = stepWindow({ from: '1921-03-01', to: '1921-12-31' });
    const labels = visible(stripTicks(w, 4)).flatMap((t) => t.label ?? []);
    expect(labels).toEqual(['Apr 1921', 'Jul', 'Oct', '1922']);
    const years = visible(stripTicks(WHOLE_PERIOD, 4)).flatMap((t) => t.label ?? []);
    expect(years).toEqual(['1910', '1920', '1930']);
  });

  it('gives a tick the same key in every window, so it can glide from one to the next', () => {
    const a = stripTicks(stepWindow({ from: '1921-01-01', to: '1921-05-31' }));
    const b = stripTicks(stepWindow({ from: '1921-03-01', to: '1921-12-31' }));
    const inA = a.find((t) => t.key === 'm1921-4');
    const inB = b.find((t) => t.key === 'm1921-4');
    expect(inA && inB).toBeTruthy();
    expect(inA?.x).not.toBeCloseTo(inB?.x ?? 0);
  });

  it('makes ticks beyond both edges, for them to slide in from, but none past 1900–1945', () => {
    const w = stepWindow({ from: '1921-02-01', to: '1921-06-30' });
    const ticks = stripTicks(w);
    expect(ticks.some((t) => t.x < 0)).toBe(true);
    expect(ticks.some((t) => t.x > 100)).toBe(true);
    const whole = stripTicks(WHOLE_PERIOD);
    expect(whole[0]?.key).toBe('y1900');
    expect(whole.at(-1)?.key).toBe('y1946');
  });

  it('has unique keys', () => {
    const ticks = stripTicks(stepWindow({ from: '1920-01-01', to: '1921-06-30' }));
    expect(new Set(ticks.map((t) => t.key)).size).toBe(ticks.length);
  });
});

describe('markExtent', () => {
  const w = stepWindow({ from: '1921-01-01', to: '1921-04-30' });

  it('draws a single day as a point at its middle', () => {
    const day = Date.UTC(1921, 2, 16);
    const mark = markExtent(day, day + DAY - 1, w);
    expect(mark.point).toBe(true);
    expect(mark.width).toBe(0);
    expect(mark.left).toBeCloseTo(position(day + DAY / 2, w));
  });

  it('draws a period long enough to see as a bar from start to end', () => {
    const mark = markExtent(Date.UTC(1921, 2, 1), Date.UTC(1921, 2, 19) - 1, w);
    expect(mark.point).toBe(false);
    expect(mark.left).toBeCloseTo(position(Date.UTC(1921, 2, 1), w));
    expect(mark.left + mark.width).toBeCloseTo(position(Date.UTC(1921, 2, 19), w));
  });

  it('cuts a period that runs off the strip just beyond its edges', () => {
    const mark = markExtent(Date.UTC(1918, 0, 1), Date.UTC(1930, 0, 1), w);
    expect(mark).toEqual({ left: -2, width: 104, point: false });
  });
});

describe('the Left Opposition on the whole-period strip', () => {
  it('is a bar from October 1923 to the end of December 1927, not a dot at its middle', () => {
    const mark = markExtent(Date.UTC(1923, 9, 1), Date.UTC(1928, 0, 1) - 1, WHOLE_PERIOD);
    expect(mark.point).toBe(false);
    expect(mark.left).toBeCloseTo(position(Date.UTC(1923, 9, 1), WHOLE_PERIOD), 6);
    expect(mark.left + mark.width).toBeCloseTo(position(Date.UTC(1928, 0, 1), WHOLE_PERIOD), 6);
  });
});

describe('eraBands', () => {
  it('draws the civil war, NEP and the first five-year plan where they fall in 1907–1937', () => {
    const bands = eraBands(ERAS, WHOLE_PERIOD);
    expect(bands.map((b) => b.label)).toEqual(['Civil war', 'NEP', 'First five-year plan']);
    const nep = bands[1];
    expect(nep?.left).toBeCloseTo(position(Date.UTC(1921, 2, 21), WHOLE_PERIOD), 6);
    expect((nep?.left ?? 0) + (nep?.width ?? 0)).toBeCloseTo(position(Date.UTC(1928, 9, 1), WHOLE_PERIOD), 6);
  });
  it('cuts a band at the strip’s edges and leaves out an era wholly off it', () => {
    const w = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1925, 0, 1) };
    const bands = eraBands(ERAS, w);
    expect(bands.map((b) => b.label)).toEqual(['Civil war', 'NEP']);
    expect(bands[0]?.left).toBe(0);
    expect((bands[1]?.left ?? 0) + (bands[1]?.width ?? 0)).toBe(100);
  });
});

describe('neighbourLabel', () => {
  it('names the step before leftwards from its mark and the step after rightwards', () => {
    expect(neighbourLabel(40, 'before')).toEqual({ anchor: 'end', inset: 60, room: 40 });
    expect(neighbourLabel(55, 'after')).toEqual({ anchor: 'start', inset: 55, room: 45 });
  });
  it('turns a name the other way when its mark is too near the edge for it', () => {
    expect(neighbourLabel(5, 'before')).toEqual({ anchor: 'start', inset: 5, room: 95 });
    expect(neighbourLabel(95, 'after')).toEqual({ anchor: 'end', inset: 5, room: 95 });
  });
});
