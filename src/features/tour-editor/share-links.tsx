import { useId } from 'react';

export interface TourLinks {
  /** No teacher's notes: for the class, by mail, a course page or the Join slide's QR code. */
  students: string;
  /** The whole tour, notes included: for another teacher. */
  colleague: string;
}

export interface ShareLinksProps {
  links: TourLinks;
  announce: (message: string) => void;
}

const LABELS: Record<keyof TourLinks, { label: string; hint: string }> = {
  students: { label: 'Link for students', hint: 'without your notes' },
  colleague: { label: 'Link for a colleague', hint: 'with your notes' },
};

/** The tour's two links, each in a field to select and a button that copies it. */
export function ShareLinks({ links, announce }: ShareLinksProps) {
  const ids = useId();
  const copy = async (which: keyof TourLinks) => {
    try {
      await navigator.clipboard.writeText(links[which]);
      announce(`${LABELS[which].label} copied to the clipboard.`);
    } catch {
      announce(`Copy the ${LABELS[which].label.toLowerCase()} from its field.`);
    }
  };
  return (
    <dl className="tour-editor__links">
      {(['students', 'colleague'] as const).map((which) => (
        <div key={which} className="tour-editor__row">
          <dt>
            <label htmlFor={`${ids}-${which}`}>{LABELS[which].label}</label>{' '}
            <span className="tour-editor__hint">({LABELS[which].hint})</span>
          </dt>
          <dd className="tour-editor__row">
            <input
              id={`${ids}-${which}`}
              className="tour-editor__link"
              type="text"
              readOnly
              value={links[which]}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="text-button" onClick={() => void copy(which)}>
              Copy<span className="sr-only"> the {LABELS[which].label.toLowerCase()}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
