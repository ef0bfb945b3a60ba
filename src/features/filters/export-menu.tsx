import { usePopup } from '../../ui/use-popup';
import './export-menu.css';

export type ExportFormat = 'csv' | 'csv-quotations' | 'json' | 'timelinejs' | 'bibtex' | 'ris' | 'csl-json';

interface FormatGroup {
  heading: string;
  formats: readonly { format: ExportFormat; label: string }[];
}

/** The events as tables and timelines; then the works their quotations cite, for a reference manager. */
const GROUPS: readonly FormatGroup[] = [
  {
    heading: 'Events',
    formats: [
      { format: 'csv', label: 'CSV, a row per event' },
      { format: 'csv-quotations', label: 'CSV, a row per quotation' },
      { format: 'json', label: "JSON (this project's schema)" },
      { format: 'timelinejs', label: 'TimelineJS' },
    ],
  },
  {
    heading: 'Cited works (Zotero, EndNote)',
    formats: [
      { format: 'bibtex', label: 'BibTeX' },
      { format: 'ris', label: 'RIS' },
      { format: 'csl-json', label: 'CSL-JSON' },
    ],
  },
];

export interface ExportMenuProps {
  /** How many events an export would hold: what is shown now. */
  shown: number;
  onExport: (format: ExportFormat) => void;
}

/**
 * A disclosure of export formats. Its popup hangs under the whole filter bar (the bar, not this
 * menu, is its containing block), so it never covers a control of the bar, and it goes away as
 * soon as the reader turns to anything else: a click or focus outside, Esc, or a format chosen.
 */
export function ExportMenu({ shown, onExport }: ExportMenuProps) {
  const { open, close, popupId, containerProps, buttonProps } = usePopup();

  return (
    <div {...containerProps} className="export-menu">
      <button {...buttonProps} type="button" className="text-button">
        Export
        {/* On a phone the count beside it says the same; the bar has no room to say it twice. */}
        <span className="export-menu__count">&nbsp;{shown}</span>
      </button>
      <div id={popupId} className="export-menu__items" hidden={!open}>
        {GROUPS.map(({ heading, formats }, g) => (
          <div key={heading} role="group" aria-labelledby={`${popupId}-${g}`} className="export-menu__group">
            <p id={`${popupId}-${g}`} className="export-menu__heading">
              {heading}
            </p>
            {formats.map(({ format, label }) => (
              <button
                key={format}
                type="button"
                className="text-button"
                onClick={() => {
                  close(true);
                  onExport(format);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
