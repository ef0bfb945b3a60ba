import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';

/** The tours, in the page: a plain link loaded the whole app again, focus left on <body>. */
const openTours = () => useAppStore.getState().navigate({ view: 'present' });

const DISMISSED_KEY = 'oppositions:intro-dismissed';

function readDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Where a first-time reader can start, in the corner above the lane names where the eye begins:
 * the guided tours, and the key to the colours and marks. Dismissed once, it stays dismissed
 * (where the browser lets the page remember it).
 */
export function IntroLine({ onOpenKey }: { onOpenKey: () => void }) {
  const [dismissed, setDismissed] = useState(readDismissed);
  if (dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      /* not remembered: it shows again next time, nothing else is lost */
    }
  };
  return (
    <p className="intro-line">
      <span className="intro-line__text">
        New here?{' '}
        <AppLink href={hrefFor({ view: 'present' })} onNavigate={openTours}>
          Take a tour
        </AppLink>
        <span className="intro-line__or">, or read the</span>
        <span className="intro-line__or-short"> or the</span>{' '}
        <button type="button" className="link-button" onClick={onOpenKey}>
          key
        </button>
      </span>
      <button type="button" className="intro-line__close" aria-label="Dismiss this tip" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
