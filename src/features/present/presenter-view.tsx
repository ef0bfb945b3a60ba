import { useEffect, useRef, useState } from 'react';
import { HandoutControls } from './handout-controls';
import { StepButtons } from './step-buttons';
import { StepList } from './step-list';
import { useJumpEntry } from './use-jump-entry';
import type { Tour } from '../../data/tour-schema';
import { formatElapsed, presenterKeyAction, stepAfter } from './step-logic';
import type { StepView } from './step-view';
import { shown } from '../../state/link-notice';
import { QuoteFigure, StepDate } from './quote-figure';
import { StepCell } from './step-cell';
import type { Faction } from '../../data/schemas';
import { keyInput } from './key-input';
import { usePageKeydown } from '../../ui/use-page-keydown';
import { useNow } from './use-now';
import { useInertOutside } from './use-inert-outside';

export interface PresenterViewProps {
  tour: Tour;
  steps: readonly StepView[];
  number: number;
  onGo: (step: number) => void;
  /** Whether the room's screen is black, and the way to blank or show it. */
  blank: boolean;
  onBlank: (blank: boolean) => void;
  onPrint: () => void;
  includeNotes: boolean;
  onIncludeNotes: (include: boolean) => void;
  /** For the names in a featured compare cell's title. */
  factions: readonly Faction[];
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * The teacher's own screen, in a second window: this step and the next, the teacher's note
 * (never shown to the room) and the time. It steps the room's window and follows it.
 */
export function PresenterView(props: PresenterViewProps) {
  const { tour, steps, number, onGo, blank, onBlank, factions } = props;
  const count = tour.steps.length;
  const current = steps.find((s) => s.number === number);
  const next = steps.find((s) => s.number === number + 1);
  const root = useRef<HTMLDivElement>(null);
  const now = useNow();
  const [startedAt, setStartedAt] = useState(now);
  useInertOutside(root, true);

  useEffect(() => {
    root.current?.focus({ preventScroll: true });
  }, []);

  const jump = useJumpEntry(count, onGo);

  usePageKeydown((event) => {
    if (jump.handle(event)) return;
    const action = presenterKeyAction(keyInput(event));
    if (action === null) return;
    event.preventDefault();
    if (action === 'black') onBlank(!blank);
    // As in the room: the clicker's "next" brings a black room back without skipping a slide.
    else if (blank) onBlank(false);
    else onGo(stepAfter(action, number, count));
  });

  return (
    <div className="present present--presenter" ref={root} tabIndex={-1}>
      <header className="presenter-head">
        <h1 className="presenter-head__title">
          <span className="presenter-head__kind">Presenter view</span> {tour.title}
        </h1>
        <p className="presenter-head__progress">
          <span aria-hidden="true">
            {number} / {count}
          </span>
          <span className="sr-only">
            Step {number} of {count}
          </span>
        </p>
        <div className="presenter-clock">
          <p>
            <span className="presenter-clock__label">Elapsed</span>{' '}
            <span className="presenter-clock__value" role="timer">
              {formatElapsed(now - startedAt)}
            </span>
          </p>
          <p>
            <span className="presenter-clock__label">Time</span>{' '}
            <span className="presenter-clock__value">{timeOfDay.format(now)}</span>
          </p>
          <button type="button" className="present-button" onClick={() => setStartedAt(Date.now())}>
            Restart timer
          </button>
        </div>
      </header>

      <div className={`presenter-room${blank ? ' presenter-room--blank' : ''}`}>
        <p className="presenter-room__state" role="status">
          {blank ? 'The room is blank.' : `The room shows step ${number}.`}
        </p>
        {jump.typed !== '' && (
          <p className="presenter-room__jump" aria-live="polite">
            Go to step <strong>{jump.typed}</strong>: press Enter
          </p>
        )}
        <button
          type="button"
          className="present-button"
          aria-pressed={blank}
          aria-keyshortcuts="B"
          onClick={() => onBlank(!blank)}
        >
          Blank the room
        </button>
      </div>

      <div className="presenter-body">
        <section className="presenter-now" aria-labelledby="presenter-now-heading">
          <h2 id="presenter-now-heading" className="presenter-section-title">
            Now showing
          </h2>
          {current ? (
            <>
              <StepDate view={current} className="presenter-date" />
              <h3 className="presenter-now__title">{current.event.title}</h3>
              <div className="presenter-note">
                <h4 className="presenter-note__title">Teacher's note</h4>
                <p>{current.step.note ?? 'No note for this step.'}</p>
              </div>
              <QuoteFigure view={current} className="presenter-quote" />
              {current.step.cell && (
                <StepCell cell={current.step.cell} factions={factions} className="presenter-cell" newTab />
              )}
            </>
          ) : (
            <p>
              This step's event, {shown(tour.steps[number - 1]?.event ?? '', ['“', '”'])}, is not in the
              timeline.
            </p>
          )}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-heading">
          <h2 id="presenter-next-heading" className="presenter-section-title">
            Next
          </h2>
          {next ? (
            <>
              <StepDate view={next} className="presenter-date" />
              <h3 className="presenter-next__title">{next.event.title}</h3>
              <QuoteFigure view={next} className="presenter-quote presenter-quote--next" />
            </>
          ) : (
            <p className="presenter-next__end">End of the tour.</p>
          )}
        </section>
      </div>

      <div className="present-controls" role="group" aria-label="Presenter controls">
        <StepButtons number={number} count={count} onGo={onGo}>
          <StepList steps={steps} number={number} onGo={onGo} />
        </StepButtons>
        <div className="present-controls__tools">
          <HandoutControls
            onPrint={props.onPrint}
            includeNotes={props.includeNotes}
            onIncludeNotes={props.onIncludeNotes}
          />
          <button type="button" className="present-button" onClick={() => window.close()}>
            Close presenter view
          </button>
        </div>
      </div>

      <p className="sr-only" role="status">
        {current ? `Step ${number} of ${count}: ${current.event.title}` : ''}
      </p>
    </div>
  );
}
