import type { ReactNode } from 'react';
import { stepAfter } from './step-logic';

export interface StepButtonsProps {
  number: number;
  count: number;
  onGo: (step: number) => void;
  /** Beside them: the step list. */
  children?: ReactNode;
}

/** Previous and next, shared by the slide and the presenter view. */
export function StepButtons({ number, count, onGo, children }: StepButtonsProps) {
  return (
    <div className="present-controls__steps">
      <button
        type="button"
        className="present-button"
        onClick={() => onGo(stepAfter('previous', number, count))}
        // aria-disabled, not disabled: focus stays on the button at either end of the tour.
        aria-disabled={number <= 1}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        <span aria-hidden="true">‹</span>Previous
      </button>
      <button
        type="button"
        className="present-button present-button--primary"
        onClick={() => onGo(stepAfter('next', number, count))}
        aria-disabled={number >= count}
        aria-keyshortcuts="ArrowRight PageDown Space"
      >
        Next<span aria-hidden="true">›</span>
      </button>
      {children}
    </div>
  );
}
