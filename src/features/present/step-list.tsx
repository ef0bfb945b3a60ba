import { useEffect, useRef, type KeyboardEvent } from 'react';
import { usePopup } from '../../ui/use-popup';
import type { StepView } from './step-view';

export interface StepListProps {
  steps: readonly StepView[];
  number: number;
  onGo: (step: number) => void;
}

/** Where ↑, ↓, Home and End move in the list, from the step button at `from` of `count`. */
function stepKeyTarget(key: string, from: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * "Steps": every step of the tour by number and title, to jump to one, in the room's controls
 * and the presenter's. A disclosure, so it takes no room until asked for. Opened, it puts focus
 * on the current step, where ↑ and ↓ move through the list and Enter chooses; choosing a step,
 * Esc, a click outside or focus going elsewhere closes it (usePopup). While it is open its keys are its own: Esc closes
 * the list and does not leave the tour, the arrows move in it and do not step the tour.
 */
export function StepList({ steps, number, onGo }: StepListProps) {
  const { open, close, popupId, containerProps, buttonProps } = usePopup();
  const list = useRef<HTMLOListElement>(null);
  const stepButtons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  useEffect(() => {
    if (!open) return;
    const buttons = stepButtons();
    (buttons.find((b) => b.getAttribute('aria-current') === 'step') ?? buttons[0])?.focus();
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    containerProps.onKeyDown(e);
    if (!open || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = stepButtons();
    const to = stepKeyTarget(
      e.key,
      buttons.indexOf(document.activeElement as HTMLButtonElement),
      buttons.length,
    );
    if (to === null) return;
    e.preventDefault();
    buttons[to]?.focus();
  };

  return (
    <div {...containerProps} className="present-steps" onKeyDown={onKeyDown}>
      <button {...buttonProps} type="button" className="present-button">
        Steps
      </button>
      <nav id={popupId} className="present-steps__panel" aria-label="Steps of the tour" hidden={!open}>
        <ol className="present-steps__list" ref={list}>
          {steps.map((view) => (
            <li key={view.number}>
              <button
                type="button"
                className="present-steps__step"
                aria-current={view.number === number ? 'step' : undefined}
                onClick={() => {
                  close(true);
                  onGo(view.number);
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
