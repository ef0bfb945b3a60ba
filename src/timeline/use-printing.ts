import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** What a printed page holds across, in CSS pixels: a landscape A4 or Letter page, less its margins. */
const PAGE_WIDTH_PX = 960;

/**
 * Printing the timeline. It is drawn for the screen's width; on paper it is shrunk as a whole to
 * the page's width (CSS zoom), keeping the screen's layout inside it, so every name stays where it
 * was drawn. Whether the page is being printed, for what is printed only (the list of the window's
 * events): drawn before the browser takes its picture of the page, and gone after.
 */
export function usePrinting(ref: RefObject<HTMLElement | null>): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      const el = ref.current;
      if (el) {
        const width = el.offsetWidth;
        el.style.setProperty('--print-width', `${width}px`);
        el.style.setProperty('--print-zoom', String(Math.min(1, PAGE_WIDTH_PX / Math.max(width, 1))));
      }
      // The browser lays the page out for printing as soon as this handler returns.
      flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
  return printing;
}
