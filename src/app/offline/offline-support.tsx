import { useEffect, useState, useSyncExternalStore } from 'react';
import type { UpdateOffer, UpdateOfferStore } from './update-offer';
import './update-notice.css';

const noUpdates = () => () => {};
const none = (): UpdateOffer => 'none';

/**
 * Makes the app work offline once loaded: registers the service worker when `ready` (the first
 * view has its data and draws) and the page is idle, never in development (Vite's dev server
 * has no worker to serve). Shows "A new version is available — Reload" when a new deployment waits.
 */
export function OfflineSupport({ ready }: { ready: boolean }) {
  const [updates, setUpdates] = useState<UpdateOfferStore | null>(null);
  useEffect(() => {
    if (!ready || !import.meta.env.PROD) return;
    let cancelled = false;
    const register = () => {
      import('./register-service-worker')
        .then((module) => module.registerServiceWorker())
        .then((store) => {
          if (!cancelled) setUpdates(store);
        })
        // A browser that refuses a worker (private mode, a blocked scope) runs the app online.
        .catch(() => {});
    };
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : null;
    const timer = idle === null ? setTimeout(register, 1000) : null;
    return () => {
      cancelled = true;
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
    };
  }, [ready]);
  const offer = useSyncExternalStore(updates?.subscribe ?? noUpdates, updates?.get ?? none, none);
  return <UpdateNotice offer={offer} onReload={() => updates?.accept()} />;
}

/** The status region is always there, so a screen reader announces the offer when it appears. */
export function UpdateNotice({ offer, onReload }: { offer: UpdateOffer; onReload: () => void }) {
  return (
    <div className="update-notice" role="status">
      {offer !== 'none' && (
        <p className="notice update-notice__body">
          <span>A new version is available.</span>
          <button
            type="button"
            className="primary-button"
            onClick={onReload}
            disabled={offer === 'reloading'}
          >
            {offer === 'reloading' ? 'Reloading…' : 'Reload'}
          </button>
        </p>
      )}
    </div>
  );
}
