import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { startUrlSync } from './state/url-sync';
import { showStoredTheme } from './app/theme';
import './app/styles.css';
import { loadDataset } from './data/load-dataset';

function start(): void {
  // The URL decides the first screen, so it is read before anything renders.
  startUrlSync();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A built index.html holds the app's first render (scripts/prerender-shell.ts): React adopts
  // those elements instead of drawing them again. The dev server's index.html is empty.
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

// index.html already holds the app's first render: let the browser paint it before the app
// starts. Started at once, the app's first tasks (and the data, which arrives soon after) could
// keep that paint waiting for over a second on a slow phone. The data is preloaded by index.html
// meanwhile, so nothing waits for this frame. A page opened in a background tab gets no frames
// until it is shown, and has nothing to paint: it starts at once. The remembered theme goes on
// first, so that the frame is painted in it. The data's files are read meanwhile.
loadDataset();
showStoredTheme();
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
