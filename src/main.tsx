import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { startUrlSync } from './state/url-sync';
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
  // those elements instead of drawing them again. The dev server's index.html is empty. Adopted
  // in a transition, as a non-urgent render React can pause between the browser's tasks, not in
  // one: a first load held up input some 60 ms less on a 4x slowed phone (npm run bench:blocking,
  // medians of 15 loads: 407 against 338 ms). An update before it is done only hurries it.
  if (root.hasChildNodes()) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}

// boot.ts imports this module once the page's frame (index.html) is on screen: the app starts
// at once, and the data the loader checks is already on its way.
loadDataset();
start();
