import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

export interface Popup<B extends HTMLElement> {
  open: boolean;
  /** Closes it; with `refocus`, focus goes back to its button. */
  close: (refocus: boolean) => void;
  /** The popup's id, for the element that holds it (`id={popupId} hidden={!open}`). */
  popupId: string;
  /**
   * For the element holding the button and the popup, what counts as inside: Esc closes the
   * popup, claimed so that nothing behind it (an event panel, the tour) also acts on it; focus
   * going elsewhere closes it. `onKeyDown` is there to be wrapped by a popup with keys of its own.
   */
  containerProps: {
    ref: RefObject<HTMLDivElement | null>;
    onKeyDown: (e: KeyboardEvent) => void;
    onBlur: (e: FocusEvent) => void;
  };
  /** For the button that opens and closes it. */
  buttonProps: {
    ref: RefObject<B | null>;
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
  };
}

/**
 * A button that opens a popup over the page (a menu of formats, a list of steps, a set of
 * checkboxes), which goes away as soon as the reader turns to anything else: Esc, a click or a
 * tap outside, or focus leaving it.
 */
export function usePopup<B extends HTMLElement = HTMLButtonElement>(): Popup<B> {
  const [open, setOpen] = useState(false);
  const popupId = useId();
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
    close,
    popupId,
    containerProps: {
      ref: containerRef,
      onKeyDown: (e) => {
        if (!open || (e.key !== 'Escape' && e.key !== 'Esc')) return;
        e.preventDefault();
        close(true);
      },
      onBlur: (e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOpen(false);
      },
    },
    buttonProps: {
      ref: buttonRef,
      'aria-expanded': open,
      'aria-controls': popupId,
      onClick: () => setOpen(!open),
    },
  };
}
