/**
 * The page's entry, and all the script the HTML asks for: the frame prerendered into index.html
 * (scripts/prerender-shell.ts) paints with the HTML and its stylesheet alone. The app's scripts
 * and the data are requested once that paint is on screen, so they never compete with it for a
 * slow phone's bandwidth, and the page's first and largest paint are its frame.
 */
import './app/styles.css';
import { showStoredTheme } from './app/theme';
import { markFramedPage } from './app/embed/mark-framed-page';
import { afterFirstPaint } from './app/after-first-paint';
import { fetchFirstViewFiles } from './data/first-view-files';

// Before the first paint, so the frame is painted in the remembered theme.
showStoredTheme();
// Likewise a page framed with embed=1 paints its slim header from the start.
markFramedPage();

function startApp(): void {
  // Both requests at once: the files come in while the scripts do.
  void fetchFirstViewFiles().catch(() => {
    /* the loader reports it, with the file's name, once the app runs */
  });
  // The check's code (zod and the schemas) as a module graph of its own, so it is evaluated in a
  // task of its own, not in the one that evaluates the app's (on a throttled phone the two were
  // one task of 250–370 ms). It starts checking the files as soon as both are in.
  void import('./data/load-dataset')
    .then(({ loadDataset }) => loadDataset().listing)
    .catch(() => {
      /* likewise reported by the app, which asks again */
    });
  import('./main').catch((error: unknown) => {
    const main = document.getElementById('main');
    if (!main) return;
    const alert = document.createElement('p');
    alert.className = 'load-failure';
    alert.setAttribute('role', 'alert');
    alert.textContent = `The app could not be loaded: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
    main.replaceChildren(alert);
  });
}

// The dev server's index.html holds no frame: there is no paint to wait for.
if (document.getElementById('root')?.hasChildNodes()) afterFirstPaint(startApp);
else startApp();
