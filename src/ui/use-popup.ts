import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface Popup<B extends HTMLElement> {
  open: boolean;
  toggle: () => void;
  /** Closes it; with `refocus`, focus goes back to its button. */
  close: (refocus: boolean) => void;
  /** The element holding the button and the popup: what counts as inside. */
  containerRef: RefObject<HTMLDivElement | null>;
  buttonRef: RefObject<B | null>;
  /**
   * For the container: Esc closes the popup, claimed so that nothing behind it (an event panel,
   * the tour) also acts on it; focus going elsewhere closes it.
   */
  onKeyDown: (e: KeyboardEvent) => void;
  onBlur: (e: FocusEvent) => void;
}

/**
 * A button that opens a popup over the page (a menu of formats, a list of steps, a set of
 * checkboxes), which goes away as soon as the reader turns to anything else: Esc, a click or a
 * tap outside, or focus leaving it.
 */
export function usePopup<B extends HTMLElement = HTMLButtonElement>(): Popup<B> {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<B>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  // A click or tap outside: buttons in Safari take no focus on click, so focusout alone would miss it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node && containerRef.current?.contains(e.target))) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return {
    open,
    toggle: () => setOpen(!open),
    close,
    containerRef,
    buttonRef,
    onKeyDown: (e) => {
      if (!open || (e.key !== 'Escape' && e.key !== 'Esc')) return;
      e.preventDefault();
      close(true);
    },
    onBlur: (e) => {
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOpen(false);
    },
  };
}
