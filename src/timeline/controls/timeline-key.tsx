import type { EventKind, Faction } from '../../data/schemas';
import { formatDate, formatDualDate, parseDate } from '../../dates';
import { factionColour } from '../../ui/faction-colour';
import { KIND_MARKS } from '../kind-marks';

export interface TimelineKeyProps {
  open: boolean;
  /** The page is being printed: the key is printed with the timeline, open or not. */
  printing: boolean;
  lanes: readonly Faction[];
  kinds: readonly EventKind[];
  /** Closes the key and gives focus back to its button (its × would otherwise take focus with it). */
  onClose: () => void;
}

/**
 * What the colours, marks and shapes mean, one click away (the toolbar's Key button) and always
 * printed with the timeline, so a printed page can be read on its own.
 */
export function TimelineKey({ open, printing, lanes, kinds, onClose }: TimelineKeyProps) {
  // Always in the page, as the Key button's aria-controls names it; drawn only when it is read.
  return (
    <section
      id="timeline-key"
      className="timeline-key"
      aria-label="Key"
      hidden={!open}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The key's own: not the event panel's, nor the timeline's.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      {(open || printing) && <KeyContents lanes={lanes} kinds={kinds} onClose={onClose} />}
    </section>
  );
}

/**
 * How dates are written, each shown by the formatter itself, so the key reads as the panel and the
 * tooltips write them.
 */
const DATE_MARKS = [
  { edtf: '1926~', write: formatDate, meaning: 'about then' },
  { edtf: '1923-09?', write: formatDate, meaning: 'not certain' },
  { edtf: '1917-11-07', write: formatDualDate, meaning: 'old / new calendar' },
].flatMap(({ edtf, write, meaning }) => {
  const date = parseDate(edtf);
  return date ? [{ example: write(date), meaning }] : [];
});

function KeyContents({ lanes, kinds, onClose }: Omit<TimelineKeyProps, 'open' | 'printing'>) {
  return (
    <>
      <div className="timeline-key__head">
        <h2 className="timeline-key__title">Key</h2>
        <button type="button" className="icon-button" aria-label="Close the key" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="timeline-key__columns">
        <div>
          <h3 className="timeline-key__subhead">Colours: the lanes</h3>
          <ul className="timeline-key__list timeline-key__list--lanes">
            {lanes.map((lane) => (
              <li key={lane.id}>
                <span
                  className="timeline-key__swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: factionColour(lane) }}
                />
                <span>{lane.name}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="timeline-key__subhead">Marks: kinds of event</h3>
          <ul className="timeline-key__list timeline-key__list--kinds">
            {kinds.map((kind) => (
              <li key={kind}>
                <span className="timeline-key__mark" aria-hidden="true">
                  {KIND_MARKS[kind]}
                </span>
                <span>{kind}</span>
              </li>
            ))}
          </ul>
          <h3 className="timeline-key__subhead">Dates</h3>
          <ul className="timeline-key__list">
            {DATE_MARKS.map(({ example, meaning }) => (
              <li key={example}>
                <span className="timeline-key__date">{example}</span>
                <span>{meaning}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="timeline-key__subhead">Shapes</h3>
          <ul className="timeline-key__list">
            <li>
              <span className="timeline-key__shape timeline-key__shape--dot" aria-hidden="true" />
              An event on a date, its name beside it where there is room
            </li>
            <li>
              <span className="timeline-key__shape timeline-key__shape--bar" aria-hidden="true" />A period: a
              bar across its time
            </li>
            <li>
              <span className="timeline-key__shape timeline-key__shape--cluster" aria-hidden="true">
                +7
              </span>
              Events with no room at this zoom: select to zoom in on them
            </li>
          </ul>
          <h3 className="timeline-key__subhead">Keys</h3>
          <p className="timeline-key__keys">
            <kbd>←</kbd> <kbd>→</kbd> the previous and next event · <kbd>↑</kbd> <kbd>↓</kbd> the next lane ·{' '}
            <kbd>Enter</kbd> opens it · <kbd>+</kbd> <kbd>−</kbd> zoom · <kbd>0</kbd> all years ·{' '}
            <kbd>Esc</kbd> closes · <kbd>/</kbd> search. Ctrl + wheel zooms, Shift + wheel pans.
          </p>
        </div>
      </div>
    </>
  );
}
