// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../../state/slices';
import { fakeMatchMedia } from '../../test-support/jsdom-layout';
import { useShownWindow } from './use-shown-window';

const year = (y: number) => Date.UTC(y, 0, 1);
const FALLBACK: TimeWindow = { from: year(1907), to: year(1938) };
const EARLY: TimeWindow = { from: year(1918), to: year(1922) };
const LATE: TimeWindow = { from: year(1922), to: year(1926) };

function renderShown(chosen: TimeWindow | null) {
  const onCommit = vi.fn();
  const hook = renderHook(
    (props: { chosen: TimeWindow | null }) => useShownWindow(props.chosen, FALLBACK, onCommit),
    {
      initialProps: { chosen },
    },
  );
  return { ...hook, onCommit };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useShownWindow', () => {
  it('glides to a window chosen elsewhere, moving until it arrives, and never shows the destination first', () => {
    fakeMatchMedia({ width: 1280 });
    const { result, rerender } = renderShown(EARLY);
    expect(result.current.moving).toBe(false);

    rerender({ chosen: LATE });
    // Before any frame: still where it was, and saying it is about to move.
    expect(result.current.shown).toEqual(EARLY);
    expect(result.current.moving).toBe(true);

    act(() => {
      vi.advanceTimersByTime(160);
    });
    const halfway = result.current.shown;
    expect(halfway.from).toBeGreaterThan(EARLY.from);
    expect(halfway.from).toBeLessThan(LATE.from);
    expect(result.current.moving).toBe(true);

    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(result.current.shown).toEqual(LATE);
    expect(result.current.moving).toBe(false);
  });

  it('commits a window it glides to only when it arrives', () => {
    fakeMatchMedia({ width: 1280 });
    const { result, onCommit } = renderShown(EARLY);
    act(() => result.current.commit(LATE));
    expect(result.current.moving).toBe(true);
    expect(onCommit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(onCommit).toHaveBeenCalledWith(LATE);
    expect(result.current.moving).toBe(false);
  });

  it('jumps at once, never moving, for a reader who prefers reduced motion', () => {
    fakeMatchMedia({ width: 1280, reducedMotion: true });
    const { result, rerender } = renderShown(EARLY);
    rerender({ chosen: LATE });
    expect(result.current.shown).toEqual(LATE);
    expect(result.current.moving).toBe(false);
  });
});
