import type { RefObject } from 'react';
import { GoToYear } from './go-to-year';

export interface TimelineToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  /** Moves the window to the year; answers with a note where it has no events. */
  onGoToYear: (year: number) => string | null;
  keyOpen: boolean;
  onToggleKey: () => void;
  /** Closes the key, as Esc does on its button (and in the key), focus staying on the button. */
  onCloseKey: () => void;
  keyToggleRef: RefObject<HTMLButtonElement | null>;
}

/** Zoom, fit all, go to a year, and the key: the controls over the lanes. */
export function TimelineToolbar({
  onZoomIn,
  onZoomOut,
  onFitAll,
  onGoToYear,
  keyOpen,
  onToggleKey,
  onCloseKey,
  keyToggleRef,
}: TimelineToolbarProps) {
  return (
    <div className="timeline__toolbar" role="toolbar" aria-label="Timeline controls">
      <button
        type="button"
        className="icon-button"
        onClick={onZoomIn}
        aria-label="Zoom in"
        aria-keyshortcuts="+"
        title="Zoom in (+)"
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onZoomOut}
        aria-label="Zoom out"
        aria-keyshortcuts="-"
        title="Zoom out (−)"
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="text-button"
        onClick={onFitAll}
        aria-keyshortcuts="0"
        title="Show 1907–1937 (0)"
      >
        Fit all
      </button>
      <GoToYear onGo={onGoToYear} />
      <button
        type="button"
        className="text-button timeline__key-toggle"
        aria-expanded={keyOpen}
        aria-controls="timeline-key"
        ref={keyToggleRef}
        onClick={onToggleKey}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !keyOpen) return;
          e.preventDefault();
          onCloseKey();
        }}
      >
        Key
      </button>
    </div>
  );
}
