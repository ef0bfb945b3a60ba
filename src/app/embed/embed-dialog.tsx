import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { urlStateOf } from '../../state/url-sync';
import { useSavedTours } from '../../state/saved-tours';
import { exportTitle } from '../../features/export/export-title';
import { loadTours } from '../../features/present/load-tours';
import { useCopy } from '../../ui/use-copy';
import { embedAddress } from './embed-links';
import { DEFAULT_EMBED_HEIGHT, EMBED_HEIGHTS, embedSnippet, type EmbedHeight } from './embed-snippet';
import { embedTitle } from './embed-title';
import './embed-dialog.css';

const HEIGHT_NAMES: Record<EmbedHeight, string> = { 480: 'Short', 560: 'Medium', 720: 'Tall' };

/** The title of the tour presented, once known: a saved tour's at once, a built-in one's when loaded. */
function useTourTitle(tourId: string | null, shared: boolean): string | null {
  const dataset = useAppStore((s) => s.dataset);
  const saved = useSavedTours((s) =>
    tourId === null ? undefined : s.tours.find((t) => t.id === tourId)?.title,
  );
  const [builtIn, setBuiltIn] = useState<string | null>(null);
  useEffect(() => {
    if (tourId === null || saved !== undefined || !dataset) return;
    let live = true;
    loadTours(dataset.events).then(
      ({ tours }) => live && setBuiltIn(tours.find((t) => t.id === tourId)?.title ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tourId, saved, dataset]);
  if (shared) return 'a shared tour';
  return saved ?? builtIn ?? tourId;
}

/** The dialog's Tab stops in order: a radio group counts once, at its checked radio. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href]')].filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

/**
 * A modal <dialog> makes the page behind it inert, but Tab past its last control leaves for the
 * browser's own controls; here it comes round to the first again (and Shift+Tab to the last).
 */
function keepTabInside(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const stops = tabStops(e.currentTarget);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const leaving = e.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (!leaving) return;
  e.preventDefault();
  (e.shiftKey ? last : first).focus();
}

export interface EmbedDialogProps {
  /** Called once the dialog has closed (Esc, its Close button): the opener takes focus back. */
  onClosed: () => void;
}

/**
 * "Embed in a course page": the `<iframe>` for the state shown now, to read and copy. A modal
 * <dialog>, so the page behind is inert and Esc closes it. The snippet is text in a read-only
 * field, never markup in this page.
 */
export default function EmbedDialog({ onClosed }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  // The state when the dialog opened: the page behind cannot change while it is open.
  const [state] = useState(() => urlStateOf(useAppStore.getState()));
  const listing = useAppStore((s) => s.listing);
  const tourTitle = useTourTitle(state.tour, state.hash.kind === 'shared-tour');
  const [height, setHeight] = useState<EmbedHeight>(DEFAULT_EMBED_HEIGHT);
  const { copy, message } = useCopy();

  const copyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // The one thing the dialog is for; the height and the code are a Shift+Tab away.
    copyButton.current?.focus();
  }, []);

  const title = embedTitle({
    view: state.view,
    filterTitle: exportTitle(state.filters, listing.factions, listing.people),
    tourTitle,
  });
  const snippet = embedSnippet({ src: embedAddress(state, window.location.href), title, height });

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
      onKeyDown={keepTabInside}
    >
      <h2 id={`${id}-title`}>Embed in a course page</h2>
      <p className="embed-dialog__intro">
        Paste this HTML into your course page. It shows what you see now, in a compact frame with a link to
        the full timeline: <strong>{title}</strong>.
      </p>
      <fieldset className="embed-dialog__heights">
        <legend>Height of the frame</legend>
        {EMBED_HEIGHTS.map((h) => (
          <label key={h}>
            <input type="radio" name={`${id}-height`} checked={h === height} onChange={() => setHeight(h)} />{' '}
            {HEIGHT_NAMES[h]} ({h} px)
          </label>
        ))}
      </fieldset>
      <label className="embed-dialog__code-label" htmlFor={`${id}-code`}>
        HTML to paste
      </label>
      <textarea
        id={`${id}-code`}
        className="embed-dialog__code"
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="embed-dialog__note">
        The frame is as wide as the column it is put in. The site that hosts this timeline must allow your
        course site to frame it (its hosting guide gives the header).
      </p>
      <div className="embed-dialog__actions">
        <button
          ref={copyButton}
          type="button"
          className="primary-button"
          onClick={() => copy(snippet, 'The HTML is copied.')}
        >
          Copy HTML
        </button>
        <button type="button" className="text-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
        <p className="embed-dialog__status" role="status">
          {message}
        </p>
      </div>
    </dialog>
  );
}
