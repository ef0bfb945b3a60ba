import { VoiceBadge } from '../../ui/voice-badge';
import type { StepView } from './step-view';

/** The featured quotation, verbatim, with whose voice it is and the citation the source gives. */
export function QuoteFigure({ view, className }: { view: StepView; className: string }) {
  return (
    <figure className={className}>
      <VoiceBadge voice={view.voice} className="present-voice" />
      <blockquote>
        <p>{view.passage.quote}</p>
      </blockquote>
      <figcaption>
        <span aria-hidden="true">— </span>
        {view.passage.cite}
      </figcaption>
    </figure>
  );
}

/** "8–16 March 1921", and the Old Style reading where the two calendars differ. */
export function StepDate({ view, className }: { view: StepView; className: string }) {
  return (
    <p className={className}>
      {view.date}
      {view.oldStyle !== null && <span className={`${className}-os`}> (Old Style {view.oldStyle})</span>}
    </p>
  );
}
