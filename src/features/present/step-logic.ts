/** What a key (or a button) asks the slide to do. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'fullscreen' | 'exit';
export type StepAction = Extract<PresentAction, 'next' | 'previous' | 'first' | 'last'>;

/**
 * The step a tour of `count` steps shows for a requested one: a missing step is the first,
 * one beyond the end is the last, and anything below 1 is the first. Links are typed by hand
 * and tours get shorter, so a bad step lands on a real slide instead of an empty one.
 */
export function clampStep(step: number | null, count: number): number {
  if (count < 1) return 1;
  if (step === null || !Number.isFinite(step)) return 1;
  return Math.min(Math.max(Math.trunc(step), 1), count);
}

/** The step an action leads to; stepping past either end stays put. */
export function stepAfter(action: StepAction, step: number, count: number): number {
  switch (action) {
    case 'next':
      return clampStep(step + 1, count);
    case 'previous':
      return clampStep(step - 1, count);
    case 'first':
      return 1;
    case 'last':
      return clampStep(count, count);
  }
}

/** What has focus when a key is pressed: keys that the focused element uses itself are left to it. */
export type FocusKind = 'text' | 'control' | 'other';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  focus?: FocusKind;
}

/**
 * The keyboard contract of PRODUCT.md. Clickers send PageUp/PageDown (and often "b" or "." to
 * blank the screen), so those work as well as the arrows. Browser shortcuts (with Ctrl, Alt or
 * Meta) and typing in a field are never taken over; Space on a focused button or checkbox
 * presses it rather than stepping, or one press would do two things.
 */
export function keyAction({
  key,
  shiftKey,
  ctrlKey,
  altKey,
  metaKey,
  focus = 'other',
}: KeyInput): PresentAction | null {
  if (ctrlKey || altKey || metaKey || focus === 'text') return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (focus === 'control') return null;
      // Shift+Space goes back, as it scrolls back on a page.
      return shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}

/**
 * The presenter window steps and blanks the room (the clicker's keys reach whichever window has
 * focus), but neither fills nor leaves the room's screen from there.
 */
export function presenterKeyAction(input: KeyInput): Exclude<PresentAction, 'fullscreen' | 'exit'> | null {
  const action = keyAction(input);
  return action === 'fullscreen' || action === 'exit' ? null : action;
}

/** A step number being typed ("1", "12"), and the step to go to once Enter confirms it. */
export interface JumpEntry {
  typed: string;
  go: number | null;
}

/** Longest number typed: no tour has a thousand steps, and a stray key cannot pile up digits. */
const MAX_DIGITS = 3;

/**
 * Number + Enter jumps to a step, as in PowerPoint and Google Slides. Returns the entry after a
 * key, or null when the key is not part of typing a number (and goes on to step, blank or
 * leave). Backspace takes a digit back, Esc drops the number rather than leaving the tour.
 */
export function jumpKey(typed: string, input: KeyInput, count: number): JumpEntry | null {
  const { key, ctrlKey, altKey, metaKey, focus = 'other' } = input;
  if (ctrlKey || altKey || metaKey || focus === 'text') return null;
  if (/^[0-9]$/.test(key)) return { typed: typed.length < MAX_DIGITS ? typed + key : typed, go: null };
  if (typed === '') return null;
  switch (key) {
    case 'Enter':
      return { typed: '', go: clampStep(Number(typed), count) };
    case 'Backspace':
      return { typed: typed.slice(0, -1), go: null };
    case 'Escape':
    case 'Esc':
      return { typed: '', go: null };
    default:
      return null;
  }
}

/** A sideways swipe shorter than this (CSS px) is a wobble, not a gesture. */
const SWIPE_MIN = 50;
/** A swipe longer than this (ms) is a slow drag: the reader is scrolling or reading. */
const SWIPE_MAX_MS = 800;

/**
 * A finger's journey on a slide as a step: to the left for the next step (the slide is pushed
 * away, as a page is turned), to the right for the previous one. Mostly vertical movement is
 * scrolling a long slide on a phone, and is left alone.
 */
export function swipeAction(dx: number, dy: number, ms: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 2 * Math.abs(dy) || ms > SWIPE_MAX_MS) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** The elapsed time of a presentation: "4:07", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
