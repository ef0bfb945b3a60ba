export interface TimelineToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
}

export function TimelineToolbar({ onZoomIn, onZoomOut, onFitAll }: TimelineToolbarProps) {
  return (
    <div className="timeline__toolbar" role="toolbar" aria-label="Zoom">
      <button
        type="button"
        className="icon-button"
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onZoomOut}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="text-button" onClick={onFitAll} title="Show 1907–1937 (0)">
        Fit all
      </button>
    </div>
  );
}
