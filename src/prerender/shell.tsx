import { renderToString } from 'react-dom/server';
import { App } from '../app/app';

/**
 * The page's frame as HTML, put into index.html at build time (scripts/prerender-shell.ts) so
 * the title and the navigation paint with the HTML, before any JavaScript has run. It is the
 * app's own first render (see useHydrated): the header with no view marked current, since the
 * frame is the same for every address, and an empty main. React adopts these elements.
 */
export function renderShell(): string {
  return renderToString(<App />);
}
