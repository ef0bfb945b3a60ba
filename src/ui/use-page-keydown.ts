import { useEffectEvent, useLayoutEffect } from 'react';

/**
 * Listens to keydown on the whole page, whatever has focus (a clicker's keys, Esc to close a
 * panel). Attached as the component commits, in a layout effect, not after the paint: a passive
 * effect was attached 170–200 ms after a tour's slide was drawn (a load under a 4× slower CPU),
 * and a PageDown pressed in between was lost. A key pressed the moment a view is on the screen
 * reaches it. The handler always sees the latest props and state. Keys a handler before this one
 * took (`defaultPrevented`) and keys that compose a character are left alone.
 */
export function usePageKeydown(onKey: (event: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKey);
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && !event.isComposing) handle(event);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
