import type { Voice } from '../../data/schemas';
import { VOICE_LABELS } from '../../data/voice';
import { countsByVoice } from './matrix';

/** The grid's narrow columns name each voice by one word; the legend above it spells them out. */
export const SHORT_VOICE_LABELS: Record<Voice, string> = {
  participant: 'Of the time',
  historian: 'Historians',
  faq: 'FAQ',
};

/**
 * How many passages stand behind a cell, by voice, in words ("Words of the time 2"), each with
 * its voice's border: the count reads in black and white and to a screen reader, not by colour.
 */
export function VoiceCounts({
  passages,
  short = false,
}: {
  passages: readonly { voice: Voice | null }[];
  /** One word a voice, for the grid's cells; the full label stays for screen readers. */
  short?: boolean;
}) {
  const counts = countsByVoice(passages);
  if (counts.length === 0) return <p className="compare-counts compare-counts--none">No passage</p>;
  return (
    <p className="compare-counts">
      <span className="sr-only">Passages: </span>
      {counts.map(({ voice, count }) => (
        <span key={voice} className={`voice-badge voice-badge--${voice}`}>
          {short ? (
            <>
              <span aria-hidden="true">{SHORT_VOICE_LABELS[voice]}</span>
              <span className="sr-only">{VOICE_LABELS[voice]}</span>
            </>
          ) : (
            VOICE_LABELS[voice]
          )}{' '}
          <strong>{count}</strong>
          <span className="sr-only">, </span>
        </span>
      ))}
    </p>
  );
}
