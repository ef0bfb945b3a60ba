import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useMediaQuery } from '../ui/use-media-query';
import './panel-frame.css';

/** Below this width the panel would squeeze the timeline: it comes up as a sheet over it instead. */
export const SHEET_QUERY = 'screen and (max-width: 999.98px)';

export interface PanelFrameProps {
  /** The id of the heading that names the panel, or a name of its own while it loads. */
  labelledBy?: string;
  label?: string;
  busy?: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Where an opened event is read. Beside the timeline on a wide screen, scrolling on its own so the
 * timeline stays in view; on a phone (or a laptop zoomed to 200%) a modal sheet over the
 * timeline, in view at once, the rest of the page out of reach until it is closed by its button,
 * Esc, a tap outside it, or Back (which unselects the event).
 */
export function PanelFrame({ labelledBy, label, busy, onClose, children }: PanelFrameProps) {
  const sheet = useMediaQuery(SHEET_QUERY);
  const naming = labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label };
  // The frame's, not the content's: the same button from the panel's first frame (the event's
  // text still on its way) to its last, so a press that lands as the text arrives still closes it.
  const close = (
    <button
      type="button"
      className="icon-button panel-frame__close"
      onClick={onClose}
      aria-label="Close event panel"
      title="Close (Esc)"
    >
      <span aria-hidden="true">×</span>
    </button>
  );
  if (!sheet) {
    return (
      <aside className="side-panel" aria-busy={busy || undefined} {...naming}>
        {close}
        {children}
      </aside>
    );
  }
  return (
    <Sheet naming={naming} busy={busy} onClose={onClose}>
      {close}
      {children}
    </Sheet>
  );
}

function Sheet({
  naming,
  busy,
  onClose,
  children,
}: {
  naming: Record<string, string | undefined>;
  busy: boolean | undefined;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // A modal dialog is drawn over the page, and printed as such: one screenful, cut off. For
    // printing it is opened in the page's flow, and modal again after.
    const beforePrint = () => {
      dialog.close();
      dialog.show();
    };
    const afterPrint = () => {
      dialog.close();
      dialog.showModal();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-busy={busy || undefined}
      {...naming}
      onCancel={(e) => {
        // Esc: the app closes the panel (and the sheet goes with it).
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A tap on the backdrop lands on the dialog itself, outside its content.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="sheet__content">{children}</div>
    </dialog>
  );
}
