import { useEffectEvent, useLayoutEffect } from 'react';

/**
 * A key pressed in an open dialog is the dialog's (the app opens them modal): the page behind it
 * is inert. Esc in the Embed dialog closed the dialog and, through the page's Esc, the event panel
 * behind it too. A sheet's own Esc comes as its dialog's cancel event (panel-frame.tsx).
 */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}

/**
 * Listens to keydown on the whole page, whatever has focus (a clicker's keys, Esc to close a
 * panel). Attached as the component commits, in a layout effect, not after the paint: a passive
 * effect was attached 170–200 ms after a tour's slide was drawn (a load under a 4× slower CPU),
 * and a PageDown pressed in between was lost. A key pressed the moment a view is on the screen
 * reaches it. The handler always sees the latest props and state. Keys a handler before this one
 * took (`defaultPrevented`), keys that compose a character and keys pressed in a dialog are left
 * alone.
 */
export function usePageKeydown(onKey: (event: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKey);
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || inDialog(event.target)) return;
      handle(event);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
