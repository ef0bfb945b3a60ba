import { lazy, Suspense, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { urlStateOf } from '../../state/url-sync';
import { fullAppHref } from './embed-links';

// The dialog, its snippet and the tours' titles load when a teacher first asks for them.
const EmbedDialog = lazy(() => import('./embed-dialog'));

/** The header's "Embed" button, and the dialog it opens; focus comes back to it when the dialog closes. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="text-button embed-button"
        aria-haspopup="dialog"
        title="Embed in a course page"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="embed-button__mark">
          {'</>'}
        </span>
        <span className="embed-button__word">Embed</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            onClosed={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

const selectFullAppHref = (s: AppState) => fullAppHref(urlStateOf(s));

/**
 * In a course page's frame: the full app showing what the frame shows, in a new tab (the frame
 * stays as it is, and the course page with it).
 */
export function FullAppLink() {
  const href = useAppStore(selectFullAppHref);
  return (
    <a className="embed-full-link" href={href} target="_blank" rel="noopener">
      Open the full timeline<span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
