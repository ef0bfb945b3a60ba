import { useEffect, useRef, useState } from 'react';
import type { Tour } from '../../data/tour-schema';
import { QrCode } from '../../ui/qr-code';
import { keyAction } from './step-logic';
import { studentCodeLabel, type StudentJoin } from './student-join';
import { keyInput } from './key-input';
import { usePageKeydown } from '../../ui/use-page-keydown';
import { useInertOutside } from './use-inert-outside';
import './student-join.css';

export interface JoinSlideProps {
  tour: Tour;
  /** Null while the link and its code are being made (a few milliseconds, once). */
  join: StudentJoin | null;
  /** The step the tour begins (or goes back to) when the room leaves this slide. */
  onBegin: () => void;
  onExit: () => void;
}

/**
 * Before the tour, the room sees how to follow it on a phone: the link for students as a QR code
 * large enough to scan from the back of a classroom. It holds no teacher's notes.
 */
export function JoinSlide({ tour, join, onBegin, onExit }: JoinSlideProps) {
  const root = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useInertOutside(root, true);

  useEffect(() => {
    root.current?.focus({ preventScroll: true });
  }, []);

  usePageKeydown((event) => {
    const action = keyAction(keyInput(event));
    if (action === 'next' || action === 'last') {
      event.preventDefault();
      onBegin();
    } else if (action === 'exit') {
      event.preventDefault();
      onExit();
    }
  });

  const copy = async () => {
    if (!join) return;
    try {
      await navigator.clipboard.writeText(join.link);
      setCopied('The link for students is copied.');
    } catch {
      setCopied('The browser did not allow copying: the link is on the printed handout.');
    }
  };

  return (
    <div
      className="present present--join"
      ref={root}
      tabIndex={-1}
      role="region"
      aria-roledescription="slide"
      aria-labelledby="present-join-title"
    >
      <div className="present-join">
        <div className="present-join__text">
          <p className="present-join__kicker">{tour.title}</p>
          <h1 id="present-join-title" className="present-join__title">
            Follow on your phone
          </h1>
          <p className="present-join__how">
            Scan the code with your camera: the tour opens on your own screen, {tour.steps.length} steps, to
            read at your own pace.
          </p>
          <div className="present-join__controls">
            <button type="button" className="present-button present-button--primary" onClick={onBegin}>
              Begin the tour
            </button>
            <button type="button" className="present-button" onClick={() => void copy()} disabled={!join}>
              Copy the link for students
            </button>
            <button type="button" className="present-button" onClick={onExit} aria-keyshortcuts="Escape">
              Exit<span className="sr-only"> to the timeline</span>
            </button>
          </div>
          <p className="present-join__status" role="status">
            {copied}
          </p>
        </div>
        {join ? (
          <QrCode className="present-join__code" modules={join.modules} label={studentCodeLabel(tour)} />
        ) : (
          <p className="present-join__code present-join__code--pending">Making the code…</p>
        )}
      </div>
    </div>
  );
}
