import { useEffect, useRef, useState, type TouchEvent } from 'react';
import { HandoutControls } from './handout-controls';
import { StepButtons } from './step-buttons';
import type { Faction } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import { keyAction, stepAfter, swipeAction } from './step-logic';
import { SlideTools } from './slide-tools';
import { StepList } from './step-list';
import { useIdle } from './use-idle';
import { useJumpEntry } from './use-jump-entry';
import type { StepView } from './step-view';
import { shown } from '../../state/link-notice';
import { TimelineStrip } from './timeline-strip';
import { QuoteFigure, StepDate } from './quote-figure';
import { StepCell } from './step-cell';
import { keyInput } from './key-input';
import { usePageKeydown } from '../../ui/use-page-keydown';
import { fullscreenSupported, useFullscreen } from './use-fullscreen';
import { useInertOutside } from './use-inert-outside';
import { useHeightProperty } from '../../ui/use-height-property';

export interface SlideViewProps {
  tour: Tour;
  steps: readonly StepView[];
  /** The step shown, 1-based and already within the tour. */
  number: number;
  onGo: (step: number) => void;
  /** The room's screen is black; the presenter window can blank it too. */
  blank: boolean;
  onBlank: (blank: boolean) => void;
  /** For the strip's colours. */
  factions: readonly Faction[];
  onExit: () => void;
  onOpenPresenter: () => boolean;
  /** Shows the Join slide (the students' QR code) again. */
  onShowJoin?: () => void;
  onPrint: () => void;
  includeNotes: boolean;
  onIncludeNotes: (include: boolean) => void;
}

const LONG_QUOTE = 280;
/** With a "who stood where" box under it, a quotation has less room and steps down sooner. */
const LONG_QUOTE_WITH_CELL = 160;
/** How long the pointer rests before the room's controls fade away. */
const CONTROLS_IDLE_MS = 2500;

/** The room's view: one step fills the screen, readable from the back of a classroom. */
export function SlideView(props: SlideViewProps) {
  const { tour, steps, number, onGo, onExit, blank: black, onBlank: setBlack } = props;
  const count = tour.steps.length;
  const current = steps.find((s) => s.number === number);
  const root = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fullscreen = useFullscreen(root);
  const canFullscreen = fullscreenSupported();
  useInertOutside(root, true);
  // A message must be read before the controls that hold it fade.
  const idle = useIdle(root, CONTROLS_IDLE_MS, message === null);
  const jump = useJumpEntry(count, onGo);
  const touchStart = useRef<{ x: number; y: number; t: number } | null>(null);
  const controls = useRef<HTMLDivElement>(null);

  // The slide keeps clear of the controls floating over its foot, however many rows they take (two
  // on a laptop, where a step with a "who stood where" box ran under them).
  useHeightProperty(controls, '--present-controls-height', root);

  // Focus starts on the slide itself, so a screen reader lands on it and keys need no click first.
  useEffect(() => {
    root.current?.focus({ preventScroll: true });
  }, []);

  // A message (a refused pop-up, say) stays long enough to read, then clears.
  useEffect(() => {
    if (message === null) return;
    const timer = window.setTimeout(() => setMessage(null), 6000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const toggleFullscreen = () => {
    void fullscreen.toggle().then((ok) => {
      if (!ok) setMessage('This browser did not allow full screen.');
    });
  };

  const openPresenter = () => {
    if (!props.onOpenPresenter())
      setMessage('The browser blocked the presenter window: allow pop-ups for this site, then try again.');
  };

  usePageKeydown((event) => {
    // A blank screen returns on any key, and that key does nothing else: the teacher pressing
    // "next" to bring the room back must not skip the slide the class was about to see.
    if (black) {
      event.preventDefault();
      setBlack(false);
      return;
    }
    if (jump.handle(event)) return;
    const action = keyAction(keyInput(event));
    if (action === null) return;
    event.preventDefault();
    switch (action) {
      case 'black':
        setBlack(true);
        return;
      case 'fullscreen':
        if (canFullscreen) toggleFullscreen();
        else setMessage('Full screen is not available in this browser.');
        return;
      case 'exit':
        onExit();
        return;
      default:
        onGo(stepAfter(action, number, count));
    }
  });

  const onTouchStart = (e: TouchEvent) => {
    const touch = e.touches[0];
    touchStart.current =
      e.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, t: e.timeStamp } : null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const start = touchStart.current;
    const touch = e.changedTouches[0];
    touchStart.current = null;
    if (!start || !touch) return;
    const action = swipeAction(touch.clientX - start.x, touch.clientY - start.y, e.timeStamp - start.t);
    if (action !== null) onGo(stepAfter(action, number, count));
  };

  const announcement = black
    ? 'Screen blanked. Press any key to return.'
    : jump.typed !== ''
      ? `Go to step ${jump.typed}: press Enter`
      : current
        ? `Step ${number} of ${count}: ${current.event.title}`
        : '';

  return (
    <div
      className={`present present--slide${idle ? ' present--idle' : ''}`}
      ref={root}
      tabIndex={-1}
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
      onTouchCancel={() => (touchStart.current = null)}
    >
      <header className="present-head">
        <h1 className="present-head__tour">{tour.title}</h1>
        <p className="present-head__progress">
          <span aria-hidden="true">
            {number} / {count}
          </span>
          <span className="sr-only">
            Step {number} of {count}
          </span>
        </p>
      </header>
      <div className="present-progress" aria-hidden="true">
        <div className="present-progress__bar" style={{ width: `${(number / count) * 100}%` }} />
      </div>

      {/* At the top, where the controls that float at the foot never cover it. */}
      {current && <TimelineStrip current={current} steps={steps} factions={props.factions} />}

      {current ? (
        <article
          key={number}
          className="present-slide"
          aria-roledescription="slide"
          aria-label={`Step ${number} of ${count}`}
        >
          <StepDate view={current} className="present-slide__date" />
          <h2 className="present-slide__title">{current.event.title}</h2>
          <QuoteFigure
            view={current}
            // The longest quotations (up to ~450 characters) step down a size to stay on one screen.
            className={`present-slide__quote${current.passage.quote.length > (current.step.cell ? LONG_QUOTE_WITH_CELL : LONG_QUOTE) ? ' present-slide__quote--long' : ''}`}
          />
          {current.step.cell && (
            <StepCell cell={current.step.cell} factions={props.factions} className="present-cell" />
          )}
        </article>
      ) : (
        <p className="present-slide present-slide--missing">
          This step's event, {shown(tour.steps[number - 1]?.event ?? '', ['“', '”'])}, is not in the timeline.
        </p>
      )}

      {jump.typed !== '' && (
        <p className="present-jump" aria-hidden="true">
          Go to step <strong>{jump.typed}</strong> <kbd>Enter</kbd>
        </p>
      )}

      <div className="present-controls" role="group" aria-label="Presentation controls" ref={controls}>
        <StepButtons number={number} count={count} onGo={onGo}>
          <StepList steps={steps} number={number} onGo={onGo} />
        </StepButtons>
        {message !== null && <p className="present-controls__message">{message}</p>}
        <SlideTools>
          {canFullscreen && (
            <button
              type="button"
              className="present-button"
              aria-pressed={fullscreen.active}
              aria-keyshortcuts="F"
              onClick={toggleFullscreen}
            >
              Full screen
            </button>
          )}
          <button type="button" className="present-button" onClick={openPresenter}>
            Presenter view
          </button>
          {props.onShowJoin && (
            <button type="button" className="present-button" onClick={props.onShowJoin}>
              Join slide<span className="sr-only"> (a QR code for students)</span>
            </button>
          )}
          <HandoutControls
            onPrint={props.onPrint}
            includeNotes={props.includeNotes}
            onIncludeNotes={props.onIncludeNotes}
          />
          <button type="button" className="present-button" onClick={onExit} aria-keyshortcuts="Escape">
            Exit<span className="sr-only"> to the timeline</span>
          </button>
        </SlideTools>
      </div>

      <p className="sr-only" role="status">
        {message ?? announcement}
      </p>

      {black && <div className="present-black" onClick={() => setBlack(false)} aria-hidden="true" />}
    </div>
  );
}
