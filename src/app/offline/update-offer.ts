/**
 * What the reader is told about a new deployment of the app. A new service worker waits until
 * the reader asks for it: the page never reloads by itself, so a lesson is never interrupted.
 * `ready` while the new version waits; `reloading` once the reader has asked for it and the new
 * worker is taking over.
 */
export type UpdateOffer = 'none' | 'ready' | 'reloading';

/** The part of workbox-window's Workbox this uses, so that tests can drive it. */
export interface WaitingWorker {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
}

export interface UpdateOfferStore {
  subscribe: (listener: () => void) => () => void;
  get: () => UpdateOffer;
  /** The reader's "Reload": the waiting worker takes over, then the page reloads once, on it. */
  accept: () => void;
}

/** Follows a registered worker: offers its update when one waits, reloads only when accepted. */
export function watchForUpdates(worker: WaitingWorker, reload: () => void): UpdateOfferStore {
  let offer: UpdateOffer = 'none';
  const listeners = new Set<() => void>();
  const set = (next: UpdateOffer) => {
    offer = next;
    for (const listener of listeners) listener();
  };
  // Also when a worker was already waiting from an earlier visit (workbox-window reports it).
  worker.addEventListener('waiting', () => {
    if (offer === 'none') set('ready');
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => offer,
    accept: () => {
      if (offer !== 'ready') return;
      set('reloading');
      // Reloaded once the new worker controls the page, so the reload is served by it.
      worker.addEventListener('controlling', reload);
      worker.messageSkipWaiting();
    },
  };
}
