import type { ReactNode } from 'react';
import type { Voice } from '../data/schemas';
import { VoiceBadge } from './voice-badge';
import './quotation.css';

export interface QuotationProps {
  voice: Voice | null;
  /** The speaker's name; absent for the FAQ's narration and collective texts. */
  speaker?: string | undefined;
  /** The words, verbatim (the event panel marks search matches in them). */
  children: ReactNode;
  cite: string;
}

/** A quotation as every view shows it: whose voice, who spoke, the words verbatim, the source's citation. */
export function Quotation({ voice, speaker, children, cite }: QuotationProps) {
  return (
    <figure className="quote">
      <VoiceBadge voice={voice} className="quote__voice" />
      {speaker && <p className="quote__speaker">{speaker}:</p>}
      <blockquote>
        <p>{children}</p>
      </blockquote>
      <figcaption>{cite}</figcaption>
    </figure>
  );
}
