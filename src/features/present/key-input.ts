import type { FocusKind, KeyInput } from './step-logic';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'time']);

/** Whether the focused element uses keys itself: a text field all of them, a button Space and Enter. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'other';
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return 'text';
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) ? 'text' : 'control';
  if (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target.tagName === 'SUMMARY'
  )
    return 'control';
  return 'other';
}

/** A browser key event as the step logic reads it. */
export function keyInput(event: KeyboardEvent): KeyInput {
  const { key, shiftKey, ctrlKey, altKey, metaKey } = event;
  return { key, shiftKey, ctrlKey, altKey, metaKey, focus: focusKind(event.target) };
}
