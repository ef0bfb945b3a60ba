import type { Notice } from '../state/slices';

export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
}

/** Visible, dismissable messages about links or data that could not be used as given. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.message}</span>
          <button type="button" className="text-button" onClick={() => onDismiss(n.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
