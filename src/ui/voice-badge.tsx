import type { Voice } from '../data/schemas';
import { VOICE_LABELS } from '../data/voice';
import './voice-badge.css';

/**
 * Whose words a quotation is, as a word on the page: "Words of the time", "Later historian",
 * "The FAQ's argument". Written out, not a colour alone, so it survives print in black and white,
 * both themes and a screen reader, which reads it before the speaker and the quotation. Each voice
 * also has its own border (solid, dashed, dotted), a second cue for a quick glance.
 * Nothing is drawn for a voice that is not known.
 */
export function VoiceBadge({ voice, className }: { voice: Voice | null; className?: string }) {
  if (voice === null) return null;
  return (
    <span className={`voice-badge voice-badge--${voice}${className ? ` ${className}` : ''}`}>
      {VOICE_LABELS[voice]}
      {/* A pause before the speaker's name, which would otherwise run on from the label. */}
      <span className="sr-only">, </span>
    </span>
  );
}
