import type { RefObject } from 'react';
import { usePageKeydown } from '../../ui/use-page-keydown';

/** Where a "/" is the reader's own text, not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * "/" from anywhere on the page focuses the search box, as on GitHub or MDN. Not while the reader
 * types in a field, nor with Ctrl, Alt or Meta held (browser and system shortcuts). Shift is allowed:
 * on some keyboards (German, Nordic) "/" is typed with it.
 */
export function useSlashShortcut(input: RefObject<HTMLInputElement | null>): void {
  usePageKeydown((e) => {
    if (e.key !== '/') return;
    if (e.ctrlKey || e.altKey || e.metaKey || isTypingTarget(e.target)) return;
    const field = input.current;
    if (!field) return;
    // Keeps the "/" out of the box, and Firefox's quick find closed.
    e.preventDefault();
    field.focus();
    field.select();
  });
}
