import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** What a printed page holds across, in CSS pixels: a landscape A4 or Letter page, less its margins. */
const PAGE_WIDTH_PX = 960;
/**
 * The height the axis and lanes may take on the first page, in CSS pixels: a landscape page's
 * 700 (A4: 186 mm inside its margins) less the app's title above them. Split over two pages the
 * lanes were not whole: Chrome moved their names and their events to the next page at different
 * heights, and the names sat a lane off their events.
 */
const LANES_HEIGHT_PX = 600;
/**
 * Below this the names would be too small to read: lanes that need more shrinking (a phone's, many
 * rows deep) are printed at the page's width over several pages, as before.
 */
const LEAST_ZOOM = 0.5;

/** How much to shrink a timeline `width` wide whose axis and lanes are `lanesHeight` tall. */
export function printZoom(width: number, lanesHeight: number): number {
  const acrossZoom = Math.min(1, PAGE_WIDTH_PX / Math.max(width, 1));
  const downZoom = LANES_HEIGHT_PX / Math.max(lanesHeight, 1);
  return downZoom >= LEAST_ZOOM ? Math.min(acrossZoom, downZoom) : acrossZoom;
}

/**
 * Printing the timeline. It is drawn for the screen's width; on paper it is shrunk as a whole to
 * the page's width, and its axis and lanes to a page's height (CSS zoom), keeping the screen's
 * layout inside it, so every name stays where it was drawn. Whether the page is being printed, for what is printed only (the list of the window's
 * events): drawn before the browser takes its picture of the page, and gone after.
 */
export function usePrinting(ref: RefObject<HTMLElement | null>): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      const el = ref.current;
      if (el) {
        const width = el.offsetWidth;
        // On paper the lanes do not scroll: all of them are printed.
        const lanesHeight = el.querySelector('.timeline__scroll')?.scrollHeight ?? 0;
        el.style.setProperty('--print-width', `${width}px`);
        el.style.setProperty('--print-zoom', String(printZoom(width, lanesHeight)));
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
