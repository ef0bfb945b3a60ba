import { useEffect, type RefObject } from 'react';

/**
 * Makes everything on the page but `ref` inert while `active`: the slide covers the app's header
 * and footer, and Tab must not wander onto links hidden beneath it, nor a screen reader read them.
 * Only what this hook made inert is restored.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const root = ref.current;
    if (!active || !root) return;
    const changed: HTMLElement[] = [];
    for (
      let node: HTMLElement = root;
      node.parentElement && node !== document.body;
      node = node.parentElement
    ) {
      for (const sibling of node.parentElement.children) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
        sibling.toggleAttribute('inert', true);
        changed.push(sibling);
      }
    }
    return () => {
      for (const element of changed) element.toggleAttribute('inert', false);
    };
  }, [ref, active]);
}
