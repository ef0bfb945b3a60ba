import { describe, expect, it } from 'vitest';
import { exitWindow } from './exit-window';

const day = (iso: string) => Date.parse(iso);

describe('exitWindow', () => {
  it('is the window the tour gives the step', () => {
    const window = { from: day('1921-02-01'), to: day('1921-07-01') };
    const view = {
      step: { event: 'x', window: { from: '1921-02-01', to: '1921-06-30' } },
      window,
      min: day('1921-03-08'),
      max: day('1921-03-16') + 86_399_999,
    };
    expect(exitWindow(view)).toEqual(window);
  });

  it('opens a one-day event on a year centred on it', () => {
    const min = day('1921-03-08');
    const w = exitWindow({ step: { event: 'x' }, window: { from: 0, to: 1 }, min, max: min + 86_399_999 });
    expect((w.to - w.from) / 86_400_000).toBeCloseTo(365.2425, 0);
    expect((w.from + w.to) / 2).toBeCloseTo(min + 43_200_000, -4);
  });

  it('gives a period room either side, so it is seen whole with its ends', () => {
    const min = day('1923-10-01');
    const max = day('1928-01-01') - 1;
    const w = exitWindow({ step: { event: 'x' }, window: { from: 0, to: 1 }, min, max });
    expect(w.from).toBeLessThan(min);
    expect(w.to).toBeGreaterThan(max);
  });
});
