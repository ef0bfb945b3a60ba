import { createPortal } from 'react-dom';
import type { Tour } from '../../data/tour-schema';
import { SOURCE_TEXT_CITATION } from '../../lib/chicago';
import { hrefFor } from '../../state/url';
import { VoiceBadge } from '../../ui/voice-badge';
import type { StepView } from './step-view';

export interface TourHandoutProps {
  tour: Tour;
  steps: readonly StepView[];
  includeNotes: boolean;
}

/**
 * A tour as a printed handout: per step the date, title, quotation and citation, and the
 * teacher's notes when asked for. It sits directly in <body>, hidden on screen, so that the
 * print stylesheet can print it alone, with none of the app around it.
 */
export function TourHandout({ tour, steps, includeNotes }: TourHandoutProps) {
  const link = new URL(hrefFor({ view: 'present', tour: tour.id, step: 1 }), window.location.href).href;
  return createPortal(
    <article className="present-handout">
      <header>
        <p className="present-handout__kicker">Oppositions 1907–1937 · a classroom tour</p>
        <h1>{tour.title}</h1>
        {tour.description !== undefined && <p className="present-handout__description">{tour.description}</p>}
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
        <p>The tour online: {link}</p>
      </footer>
    </article>,
    document.body,
  );
}
