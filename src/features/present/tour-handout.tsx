import { createPortal } from 'react-dom';
import type { Tour } from '../../data/tour-schema';
import { SOURCE_TEXT_CITATION } from '../../lib/chicago';
import { QrCode } from '../../ui/qr-code';
import { VoiceBadge } from '../../ui/voice-badge';
import type { StepView } from './step-view';
import { studentCodeLabel, type StudentJoin } from './student-join';
import './student-join.css';

export interface TourHandoutProps {
  tour: Tour;
  steps: readonly StepView[];
  includeNotes: boolean;
  /** The link for students and its code; the handout prints no link until it is ready. */
  join: StudentJoin | null;
}

/**
 * A tour as a printed handout: per step the date, title, quotation and citation, and the
 * teacher's notes when asked for. It sits directly in <body>, hidden on screen, so that the
 * print stylesheet can print it alone, with none of the app around it.
 */
export function TourHandout({ tour, steps, includeNotes, join }: TourHandoutProps) {
  return createPortal(
    // The page's main content when printed (the app around it is not printed); hidden on screen.
    <main className="present-handout">
      <article>
        <header className="present-handout__head">
          <div>
            <p className="present-handout__kicker">Oppositions 1907–1937 · a classroom tour</p>
            <h1>{tour.title}</h1>
            {tour.description !== undefined && (
              <p className="present-handout__description">{tour.description}</p>
            )}
          </div>
          {/* The link for students holds the whole tour (never a tour id that only the teacher's
              browser knows), so the code works on any phone. */}
          {join && (
            <figure className="present-handout__join">
              <QrCode className="present-handout__qr" modules={join.modules} label={studentCodeLabel(tour)} />
              <figcaption>Follow on your phone: scan the code. The link is at the end.</figcaption>
            </figure>
          )}
        </header>
        <ol className="present-handout__steps">
          {steps.map((view) => (
            <li key={view.number} className="present-handout__step">
              <p className="present-handout__date">
                {view.number}. {view.date}
                {view.oldStyle !== null && ` (Old Style ${view.oldStyle})`}
              </p>
              <h2>{view.event.title}</h2>
              <VoiceBadge voice={view.voice} className="present-handout__voice" />
              <blockquote>
                <p>{view.passage.quote}</p>
              </blockquote>
              <p className="present-handout__cite">— {view.passage.cite}</p>
              {includeNotes && view.step.note !== undefined && (
                <p className="present-handout__note">
                  <strong>Teacher's note: </strong>
                  {view.step.note}
                </p>
              )}
            </li>
          ))}
        </ol>
        <footer className="present-handout__footer">
          <p>Quotations verbatim from {SOURCE_TEXT_CITATION}, as cited there.</p>
          {join && (
            <p>
              The link for students, which holds the whole tour:{' '}
              <span className="present-handout__link">{join.link}</span>
            </p>
          )}
        </footer>
      </article>
    </main>,
    document.body,
  );
}
