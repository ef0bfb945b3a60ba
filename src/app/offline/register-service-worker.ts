import { Workbox } from 'workbox-window';
import { watchForUpdates, type UpdateOfferStore } from './update-offer';

/**
 * Registers the service worker the build writes beside index.html (scripts/offline-support.ts),
 * with the folder the page is served from as its scope: the app then works offline under any
 * base path. Loaded on demand, after the first view, so workbox-window costs that view nothing.
 */
export async function registerServiceWorker(): Promise<UpdateOfferStore | null> {
  if (!('serviceWorker' in navigator)) return null;
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  const updates = watchForUpdates(workbox, () => window.location.reload());
  await workbox.register();
  return updates;
}
