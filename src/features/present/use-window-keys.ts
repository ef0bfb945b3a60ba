import { useEffect, useEffectEvent } from 'react';
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

/**
 * Listens to keys on the whole window, not on a focused element: a clicker's keys must step the
 * tour wherever focus happens to be. The listener always sees the latest props and state.
 */
export function useWindowKeys(onKey: (event: KeyboardEvent) => void, active = true): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && !event.isComposing) handle(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [active]);
}
