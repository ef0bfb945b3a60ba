import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { HistoricalEvent } from '../../data/schemas';
import { selectSavedTours, selectSavedToursError, useSavedTours } from '../../state/saved-tours';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import { addEventToNewTour, addEventToTour, stepShowing, type AddOutcome } from './add-event';
import { editorDestination } from './editor-link';
import './form-fields.css';
import './add-to-tour.css';

export interface AddToTourProps {
  event: HistoricalEvent;
}

const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

/**
 * "Add to tour" in the event panel: a button that shows the teacher's saved tours, each of which
 * takes this event as its next step, and a way to start a new tour with it.
 */
export function AddToTour({ event }: AddToTourProps) {
  const tours = useSavedTours(selectSavedTours);
  const savedError = useSavedTours(selectSavedToursError);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState('');
  /** A failure shows in the open menu; a success or "already there" shows after it closes. */
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Exclude<AddOutcome, { kind: 'failed' }> | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const newTourRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  // The DOM must hold the new controls before focus can move to them, hence flushSync.
  const show = () => {
    // Read again on opening: other tabs' changes arrive by the storage event, but a change made
    // to this tab's storage outside the app (or a missed event) would not.
    void useSavedTours.persist.rehydrate();
    flushSync(() => {
      setOpen(true);
      setCreating(false);
      setFailure(null);
      setDone(null);
    });
    menuRef.current?.querySelector<HTMLElement>('button, [role="alert"]')?.focus();
  };
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const startCreating = () => {
    flushSync(() => setCreating(true));
    titleRef.current?.focus();
  };
  const stopCreating = () => {
    flushSync(() => setCreating(false));
    newTourRef.current?.focus();
  };

  const report = (outcome: AddOutcome) => {
    if (outcome.kind === 'failed') {
      setFailure(outcome.message);
      return;
    }
    setDone(outcome);
    setTitle('');
    close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Handled here, so the panel's own Escape (which closes the panel) leaves it open.
    e.preventDefault();
    close();
  };

  return (
    <div className="add-to-tour" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="text-button"
        aria-expanded={open}
        aria-controls={`${ids}-menu`}
        onClick={() => (open ? close() : show())}
      >
        Add to tour
      </button>
      <div id={`${ids}-menu`} ref={menuRef} className="add-to-tour__menu" hidden={!open}>
        {open && savedError !== null ? (
          // Nothing is offered over tours that cannot be read: any write would replace them.
          <p className="add-to-tour__error" role="alert" tabIndex={-1}>
            {savedError}
          </p>
        ) : (
          open && (
            <>
              <p className="add-to-tour__heading" id={`${ids}-heading`}>
                Add this event to:
              </p>
              {tours.length === 0 ? (
                <p className="add-to-tour__empty">You have no saved tours yet.</p>
              ) : (
                <ul className="add-to-tour__tours" aria-labelledby={`${ids}-heading`}>
                  {tours.map((tour) => {
                    const existing = stepShowing(tour, event.id);
                    return (
                      <li key={tour.id}>
                        <button
                          type="button"
                          className="add-to-tour__choice"
                          onClick={() => report(addEventToTour(tour.id, event))}
                        >
                          <span className="add-to-tour__title">{tour.title}</span>
                          <span className="add-to-tour__meta">
                            {steps(tour.steps.length)}
                            {existing !== null && ` · has this event as step ${existing}`}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {creating ? (
                <form
                  className="add-to-tour__new-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    report(addEventToNewTour(title, event));
                  }}
                >
                  <label htmlFor={`${ids}-title`}>Title of the new tour</label>
                  <input
                    id={`${ids}-title`}
                    ref={titleRef}
                    type="text"
                    value={title}
                    required
                    onChange={(e) => setTitle(e.currentTarget.value)}
                  />
                  <span className="add-to-tour__form-actions">
                    <button type="submit" className="text-button">
                      Create and add
                    </button>
                    <button type="button" className="text-button" onClick={stopCreating}>
                      Cancel
                    </button>
                  </span>
                </form>
              ) : (
                <button
                  ref={newTourRef}
                  type="button"
                  className="add-to-tour__choice add-to-tour__new"
                  onClick={startCreating}
                >
                  New tour…
                </button>
              )}
              {failure !== null && (
                <p className="add-to-tour__error" role="alert">
                  Not added: {failure}
                </p>
              )}
            </>
          )
        )}
      </div>
      <p className="add-to-tour__status" role="status">
        {done && (
          <>
            {done.kind === 'added'
              ? `Added to “${done.tour.title}” as step ${done.step}.`
              : `Already in “${done.tour.title}” as step ${done.step}, so it was not added again.`}{' '}
            <AppLink
              href={hrefFor(editorDestination(done.tour.id, event.id))}
              onNavigate={() => useAppStore.getState().navigate(editorDestination(done.tour.id, event.id))}
            >
              Open in editor
            </AppLink>
          </>
        )}
      </p>
    </div>
  );
}
