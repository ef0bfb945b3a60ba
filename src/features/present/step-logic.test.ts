import { describe, expect, it } from 'vitest';
import {
  clampStep,
  formatElapsed,
  jumpKey,
  keyAction,
  presenterKeyAction,
  stepAfter,
  swipeAction,
} from './step-logic';

describe('clampStep', () => {
  it('keeps a step inside the tour', () => {
    expect(clampStep(4, 12)).toBe(4);
    expect(clampStep(1, 12)).toBe(1);
    expect(clampStep(12, 12)).toBe(12);
  });

  it('lands a step beyond the last on the last, and one below 1 on the first', () => {
    expect(clampStep(13, 12)).toBe(12);
    expect(clampStep(999, 12)).toBe(12);
    expect(clampStep(0, 12)).toBe(1);
    expect(clampStep(-3, 12)).toBe(1);
  });

  it('starts at the first step when none is given or it is not a number', () => {
    expect(clampStep(null, 12)).toBe(1);
    expect(clampStep(Number.NaN, 12)).toBe(1);
    expect(clampStep(2.7, 12)).toBe(2);
  });

  it('never returns less than 1, even for an empty tour', () => {
    expect(clampStep(5, 0)).toBe(1);
  });
});

describe('stepAfter', () => {
  it('steps forwards and back, and jumps to either end', () => {
    expect(stepAfter('next', 4, 12)).toBe(5);
    expect(stepAfter('previous', 4, 12)).toBe(3);
    expect(stepAfter('first', 4, 12)).toBe(1);
    expect(stepAfter('last', 4, 12)).toBe(12);
  });

  it('stays put at either end', () => {
    expect(stepAfter('next', 12, 12)).toBe(12);
    expect(stepAfter('previous', 1, 12)).toBe(1);
  });
});

describe('keyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'exit'],
  ] as const)('%j → %s', (key, action) => {
    expect(keyAction({ key })).toBe(action);
  });

  it('ignores other keys', () => {
    expect(keyAction({ key: 'a' })).toBeNull();
    expect(keyAction({ key: 'Enter' })).toBeNull();
    expect(keyAction({ key: 'Tab' })).toBeNull();
  });

  it('goes back on Shift+Space', () => {
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('leaves browser shortcuts alone', () => {
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'End', metaKey: true })).toBeNull();
  });

  it('lets a focused button or checkbox have its Space, but still steps on arrows', () => {
    expect(keyAction({ key: ' ', focus: 'control' })).toBeNull();
    expect(keyAction({ key: 'PageDown', focus: 'control' })).toBe('next');
  });

  it('takes no key from a text field', () => {
    expect(keyAction({ key: 'ArrowRight', focus: 'text' })).toBeNull();
    expect(keyAction({ key: 'b', focus: 'text' })).toBeNull();
  });
});

describe('presenterKeyAction', () => {
  it('steps and blanks the room (a clicker sends its keys to whichever window has focus)', () => {
    expect(presenterKeyAction({ key: 'PageDown' })).toBe('next');
    expect(presenterKeyAction({ key: 'Home' })).toBe('first');
    expect(presenterKeyAction({ key: 'b' })).toBe('black');
    expect(presenterKeyAction({ key: '.' })).toBe('black');
  });
  it('neither fills nor leaves the room from the presenter window', () => {
    expect(presenterKeyAction({ key: 'f' })).toBeNull();
    expect(presenterKeyAction({ key: 'Escape' })).toBeNull();
  });
});

describe('jumpKey', () => {
  it('collects digits and jumps to that step on Enter', () => {
    const one = jumpKey('', { key: '1' }, 13);
    expect(one).toEqual({ typed: '1', go: null });
    const twelve = jumpKey(one?.typed ?? '', { key: '2' }, 13);
    expect(twelve).toEqual({ typed: '12', go: null });
    expect(jumpKey('12', { key: 'Enter' }, 13)).toEqual({ typed: '', go: 12 });
  });
  it('lands a number beyond the tour on its last step, and 0 on its first', () => {
    expect(jumpKey('99', { key: 'Enter' }, 13)).toEqual({ typed: '', go: 13 });
    expect(jumpKey('0', { key: 'Enter' }, 13)).toEqual({ typed: '', go: 1 });
  });
  it('takes a digit back with Backspace, and Esc drops the number instead of leaving', () => {
    expect(jumpKey('12', { key: 'Backspace' }, 13)).toEqual({ typed: '1', go: null });
    expect(jumpKey('12', { key: 'Escape' }, 13)).toEqual({ typed: '', go: null });
  });
  it('leaves Enter, Backspace and Esc alone when no number is being typed', () => {
    expect(jumpKey('', { key: 'Enter' }, 13)).toBeNull();
    expect(jumpKey('', { key: 'Escape' }, 13)).toBeNull();
    expect(jumpKey('', { key: 'Backspace' }, 13)).toBeNull();
  });
  it('stops at three digits, and ignores keys with modifiers or typed into a field', () => {
    expect(jumpKey('123', { key: '4' }, 13)).toEqual({ typed: '123', go: null });
    expect(jumpKey('', { key: '7', ctrlKey: true }, 13)).toBeNull();
    expect(jumpKey('', { key: '7', focus: 'text' }, 13)).toBeNull();
  });
  it('passes other keys on, so stepping still works', () => {
    expect(jumpKey('7', { key: 'ArrowRight' }, 13)).toBeNull();
  });
});

describe('swipeAction', () => {
  it('steps forwards on a swipe to the left and back on one to the right', () => {
    expect(swipeAction(-120, 10, 200)).toBe('next');
    expect(swipeAction(120, -10, 200)).toBe('previous');
  });
  it('ignores short wobbles, mostly vertical scrolls and slow drags', () => {
    expect(swipeAction(-30, 0, 100)).toBeNull();
    expect(swipeAction(-120, 90, 200)).toBeNull();
    expect(swipeAction(-120, 0, 1500)).toBeNull();
  });
});

describe('formatElapsed', () => {
  it('reads minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(247_900)).toBe('4:07');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
