import { useEffect, useEffectEvent } from 'react';
import type { FocusKind } from './step-logic';

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
