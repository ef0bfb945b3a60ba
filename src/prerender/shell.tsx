import { renderToString } from 'react-dom/server';
import { AppHeader, SkipLink } from '../app/app-header';

/**
 * The page's frame as HTML, put into index.html at build time (scripts/prerender-shell.ts) so
 * the title and the navigation paint with the HTML, before any JavaScript has run. React
 * replaces it with the same markup on its first render. No view is marked current: the shell
 * is the same for every address, and the URL is read only when the app starts.
 */
export function renderShell(): string {
  return renderToString(
    <>
      <SkipLink />
      <AppHeader view={null} selectedId={null} onNavigate={() => undefined} />
      <main id="main" className="main" />
    </>,
  );
}
