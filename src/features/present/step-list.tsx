import { useId, useRef, useState } from 'react';
import type { StepView } from './step-view';

export interface StepListProps {
  steps: readonly StepView[];
  number: number;
  onGo: (step: number) => void;
}

/**
 * "Steps": every step of the tour by number and title, to jump to one, in the room's controls
 * and the presenter's. A disclosure, so it takes no room until asked for; choosing a step
 * closes it and puts focus back on its button.
 */
export function StepList({ steps, number, onGo }: StepListProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className="present-steps">
      <button
        type="button"
        className="present-button"
        aria-expanded={open}
        aria-controls={id}
        ref={toggle}
        onClick={() => setOpen(!open)}
      >
        Steps
      </button>
      <nav id={id} className="present-steps__panel" aria-label="Steps of the tour" hidden={!open}>
        <ol className="present-steps__list">
          {steps.map((view) => (
            <li key={view.number}>
              <button
                type="button"
                className="present-steps__step"
                aria-current={view.number === number ? 'step' : undefined}
                onClick={() => {
                  setOpen(false);
                  toggle.current?.focus();
                  onGo(view.number);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Escape') return;
                  // Esc closes the list; it must not also leave the tour.
                  e.preventDefault();
                  setOpen(false);
                  toggle.current?.focus();
                }}
              >
                <span className="present-steps__number">{view.number}</span> {view.event.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
