import { describe, expect, it } from 'vitest';
import { wheelAction, type WheelInput } from './wheel';

const wheel = (over: Partial<WheelInput>): WheelInput => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe('wheelAction', () => {
  it('leaves a plain vertical wheel to the browser, which scrolls the lanes', () => {
    expect(wheelAction(wheel({ deltaY: 100 }), 1000)).toBeNull();
  });

  it('zooms with Ctrl or ⌘: one notch towards the reader doubles the span, away halves it', () => {
    expect(wheelAction(wheel({ deltaY: 100, ctrlKey: true }), 1000)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(wheelAction(wheel({ deltaY: -100, metaKey: true }), 1000)).toEqual({ kind: 'zoom', factor: 2 });
  });

  it('zooms a trackpad pinch smoothly, a little for a small step', () => {
    const action = wheelAction(wheel({ deltaY: -4, ctrlKey: true }), 1000);
    expect(action?.kind).toBe('zoom');
    expect(action?.kind === 'zoom' && action.factor).toBeGreaterThan(1);
    expect(action?.kind === 'zoom' && action.factor).toBeLessThan(1.05);
  });

  it('pans with a sideways swipe and with Shift and the wheel', () => {
    expect(wheelAction(wheel({ deltaX: 30, deltaY: 4 }), 1000)).toEqual({ kind: 'pan', px: 30 });
    expect(wheelAction(wheel({ deltaY: 100, shiftKey: true }), 1000)).toEqual({ kind: 'pan', px: 100 });
  });

  it('counts lines as pixels, for browsers that report them', () => {
    expect(wheelAction(wheel({ deltaX: 3, deltaMode: 1 }), 1000)).toEqual({ kind: 'pan', px: 120 });
  });
});
