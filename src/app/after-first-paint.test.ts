// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A PerformanceObserver whose paint entries the test hands out. */
function fakePaintObserver() {
  const observers: Callback[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: Callback) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      for (const callback of [...observers]) callback({ getEntriesByName: (n) => (n === name ? [{}] : []) });
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('afterFirstPaint', () => {
  it('starts once the first contentful paint is reported, not at the first paint', () => {
    const paints = fakePaintObserver();
    const start = vi.fn();
    afterFirstPaint(start);
    paints.paint('first-paint');
    expect(start).not.toHaveBeenCalled();
    paints.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    paints.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a background tab, which paints nothing until shown', () => {
    fakePaintObserver();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the fallback when no contentful paint is reported, and only once', () => {
    vi.useFakeTimers();
    const paints = fakePaintObserver();
    const start = vi.fn();
    afterFirstPaint(start, 500);
    vi.advanceTimersByTime(499);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    paints.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
  });
});
