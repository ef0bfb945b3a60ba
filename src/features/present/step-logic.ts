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

/** Only stepping is the presenter window's business: it neither blanks nor leaves the room's screen. */
export function presenterKeyAction(input: KeyInput): StepAction | null {
  const action = keyAction(input);
  return action === 'next' || action === 'previous' || action === 'first' || action === 'last'
    ? action
    : null;
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
