import { GoToYear } from './go-to-year';

export interface TimelineToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  onGoToYear: (year: number) => void;
  keyOpen: boolean;
  onToggleKey: () => void;
}

/** Zoom, fit all, go to a year, and the key: the controls over the lanes. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  return (
    <div className="timeline__toolbar" role="toolbar" aria-label="Timeline controls">
      <button
        type="button"
        className="icon-button"
        onClick={props.onZoomIn}
        aria-label="Zoom in"
        aria-keyshortcuts="+"
        title="Zoom in (+)"
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={props.onZoomOut}
        aria-label="Zoom out"
        aria-keyshortcuts="-"
        title="Zoom out (−)"
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="text-button"
        onClick={props.onFitAll}
        aria-keyshortcuts="0"
        title="Show 1907–1937 (0)"
      >
        Fit all
      </button>
      <GoToYear onGo={props.onGoToYear} />
      <button
        type="button"
        className="text-button timeline__key-toggle"
        aria-expanded={props.keyOpen}
        aria-controls="timeline-key"
        onClick={props.onToggleKey}
      >
        Key
      </button>
    </div>
  );
}
