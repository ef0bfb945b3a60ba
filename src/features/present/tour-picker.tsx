import type { Ref } from 'react';
import { activityFor } from '../../state/activity-link';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import type { Tour } from '../../data/tour-schema';
import type { StepView } from './step-view';
import { tourYears } from './step-view';
import { shown } from '../../state/link-notice';

export interface TourPickerProps {
  tours: readonly { tour: Tour; steps: readonly StepView[] }[];
  onStart: (tourId: string) => void;
  onPrint: (tourId: string) => void;
  /** Copies a built-in tour into the teacher's tours and opens the editor on the copy. */
  onDuplicate?: (tour: Tour) => void;
  includeNotes: boolean;
  onIncludeNotes: (include: boolean) => void;
  /** Whether a tour begins with the Join slide, the students' QR code. */
  joinSlide?: boolean;
  onJoinSlide?: (show: boolean) => void;
  /** The teacher's own tours, saved in this browser: presented like the built-in ones. */
  savedTours?: readonly { tour: Tour; steps: readonly StepView[] }[];
  /** Opens the tour editor. */
  onMakeTour?: () => void;
  /** The "Make your own tour" button, where focus returns from the editor. */
  makeTourRef?: Ref<HTMLButtonElement>;
  /** Opens a class activity on a tour's events (see state/activity-link.ts). */
  onOpenActivity?: (activity: ReturnType<typeof activityFor>) => void;
}

type Described = TourPickerProps['tours'][number];

/**
 * The steps of a saved tour whose event the timeline no longer has: the tour is still listed and
 * presented, and these steps say so on their slide.
 */
function MissingSteps({ tour, steps }: Described) {
  const described = new Set(steps.map((s) => s.number));
  const missing = tour.steps.flatMap((step, i) =>
    described.has(i + 1) ? [] : [{ number: i + 1, event: step.event }],
  );
  if (missing.length === 0) return null;
  return (
    <ul className="present-picker__missing" aria-label={`Steps of “${tour.title}” with a missing event`}>
      {missing.map(({ number, event }) => (
        <li key={number}>
          Step {number}: its event {shown(event, ['“', '”'])} is not in the timeline.
        </li>
      ))}
    </ul>
  );
}

/** Where present mode starts without a tour: each built-in tour, ready to start or print. */
export function TourPicker({
  tours,
  onStart,
  onPrint,
  onDuplicate,
  includeNotes,
  onIncludeNotes,
  savedTours = [],
  onMakeTour,
  makeTourRef,
  joinSlide,
  onJoinSlide,
  onOpenActivity,
}: TourPickerProps) {
  const card = ({ tour, steps }: Described, builtIn: boolean) => {
    const activity = activityFor(
      tour.steps.map((s) => s.event),
      tour.id,
    );
    return (
      <li key={tour.id} className="present-picker__card">
        <h3>{tour.title}</h3>
        <p className="present-picker__meta">
          {tour.steps.length} steps · {tourYears(steps)}
        </p>
        {tour.description !== undefined && <p className="present-picker__description">{tour.description}</p>}
        <MissingSteps tour={tour} steps={steps} />
        <p className="present-picker__actions">
          <button type="button" className="primary-button" onClick={() => onStart(tour.id)}>
            {/* The title in the name, so three "Start" buttons are told apart by ear. */}
            Start<span className="sr-only"> “{tour.title}”</span>
          </button>
          <button type="button" className="text-button" onClick={() => onPrint(tour.id)}>
            Print handout<span className="sr-only"> for “{tour.title}”</span>
          </button>
          {builtIn && onDuplicate && (
            <button type="button" className="text-button" onClick={() => onDuplicate(tour)}>
              {/* One flex item, so the words keep their spaces around the hidden title. */}
              <span>
                Duplicate<span className="sr-only"> “{tour.title}”</span> and edit
              </span>
            </button>
          )}
          {onOpenActivity && (
            <AppLink
              className="text-button"
              href={hrefFor({ view: 'activity', activity })}
              onNavigate={() => onOpenActivity(activity)}
            >
              Class activities<span className="sr-only"> on “{tour.title}”</span>
            </AppLink>
          )}
        </p>
      </li>
    );
  };
  return (
    <section className="present-picker" aria-labelledby="present-picker-title">
      <h2 id="present-picker-title">Present a tour</h2>
      <p className="present-picker__intro">
        A tour shows one event per step, full screen and in large type, for a classroom. Step with a clicker,
        the arrow keys or Space; <kbd>B</kbd> blanks the screen, <kbd>F</kbd> fills it, <kbd>Esc</kbd> leaves
        for the timeline. The presenter view opens your notes in a second window.
      </p>
      <ul className="present-picker__list">{tours.map((d) => card(d, true))}</ul>
      {savedTours.length > 0 && (
        <>
          <h3 className="present-picker__subtitle">Your tours</h3>
          <ul className="present-picker__list" aria-label="Your tours">
            {savedTours.map((d) => card(d, false))}
          </ul>
        </>
      )}
      {onMakeTour && (
        <p className="present-picker__make">
          <button type="button" className="text-button" onClick={onMakeTour} ref={makeTourRef}>
            Make your own tour
          </button>
        </p>
      )}
      <label className="present-picker__notes">
        <input
          type="checkbox"
          checked={includeNotes}
          onChange={(e) => onIncludeNotes(e.currentTarget.checked)}
        />
        Include teacher's notes in printed handouts
      </label>
      {onJoinSlide && (
        <label className="present-picker__notes present-picker__join">
          <input
            type="checkbox"
            checked={joinSlide ?? false}
            onChange={(e) => onJoinSlide(e.currentTarget.checked)}
          />
          Begin with a Join slide: a QR code for students to follow on their phones
        </label>
      )}
    </section>
  );
}
