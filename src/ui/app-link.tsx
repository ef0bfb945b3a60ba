import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/**
 * A click the app should handle: the main button with no modifier. Ctrl, Cmd, Shift, Alt and
 * the middle button are the reader asking the browser for a new tab, a window or a download.
 */
export const isPlainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** A real address for the same place, so the link opens in a new tab or is copied like any. */
  href: string;
  /** Goes there in the app; without it the browser follows the link. */
  onNavigate?: (() => void) | undefined;
}

/** A link within the app: a plain click stays in the page, a modified one is the browser's. */
export function AppLink({ onNavigate, onClick, ...anchor }: AppLinkProps) {
  return (
    <a
      {...anchor}
      onClick={(e) => {
        onClick?.(e);
        if (!onNavigate || e.defaultPrevented || !isPlainClick(e)) return;
        e.preventDefault();
        onNavigate();
      }}
    />
  );
}
