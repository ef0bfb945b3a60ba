import { useEffect, type RefObject } from 'react';

/** What a printed page holds across, in CSS pixels: a landscape A4 or Letter page, less its margins. */
const PAGE_WIDTH_PX = 960;

/**
 * The timeline is drawn for the screen's width; on paper it is shrunk as a whole to the page's
 * width (CSS zoom), keeping the screen's layout inside it, so every name stays where it was drawn.
 */
export function usePrintScale(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const before = () => {
      const el = ref.current;
      if (!el) return;
      const width = el.offsetWidth;
      el.style.setProperty('--print-width', `${width}px`);
      el.style.setProperty('--print-zoom', String(Math.min(1, PAGE_WIDTH_PX / Math.max(width, 1))));
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [ref]);
}
