import { useId, useMemo } from 'react';
import type { HistoricalEvent, Person, Voice } from '../../data/schemas';
import { VOICE_GROUP_NAMES, VOICE_LABELS } from '../../data/voice';
import { PassageList, type PassageListProps } from './passage-list';
import { groupByVoice, onlyTheFaq, type VoiceGroup } from '../../data/voice-groups';

export interface QuotationsByVoiceProps extends Omit<PassageListProps, 'numbers' | 'voice'> {
  event: HistoricalEvent;
  people: readonly Person[];
  /** The voice filter in force: the other voices' quotations wait behind a disclosure. */
  filterVoice: Voice | null;
}

const quotations = (n: number, more = false) =>
  `${n}${more ? ' more' : ''} ${n === 1 ? 'quotation' : 'quotations'}`;

/**
 * An event's quotations under a heading per voice, words of the time first: a class reads the
 * evidence of the years themselves, then what historians made of it, then the FAQ's own case,
 * and a historian's sentence is never taken for something said at the time. With a voice filter,
 * the event's other quotations are one click away rather than gone, so the filter never hides
 * that the source says more.
 */
export function QuotationsByVoice({ filterVoice, ...list }: QuotationsByVoiceProps) {
  const id = useId();
  const { event, people } = list;
  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const groups = useMemo(() => groupByVoice(event.passages, peopleById), [event.passages, peopleById]);
  const kept = filterVoice === null ? groups : groups.filter((g) => g.voice === filterVoice);
  const outside = filterVoice === null ? [] : groups.filter((g) => g.voice !== filterVoice);
  const outsideCount = outside.reduce((sum, g) => sum + g.numbers.length, 0);

  const section = (group: VoiceGroup) => {
    const headingId = `${id}-${group.voice ?? 'other'}`;
    return (
      <section key={group.voice ?? 'other'} className="voice-group" aria-labelledby={headingId}>
        <h4 id={headingId} className="voice-group__heading">
          {group.voice ? VOICE_GROUP_NAMES[group.voice] : 'Other quotations'}
        </h4>
        <PassageList {...list} numbers={group.numbers} voice={group.voice} />
      </section>
    );
  };

  return (
    <>
      {onlyTheFaq(groups) && (
        <p className="event-panel__voice-note">
          The source gives only its own argument on this event: it quotes no one of the time and no historian.
        </p>
      )}
      {filterVoice !== null && kept.length === 0 && (
        <p className="event-panel__voice-note">
          None of this event’s quotations is in the voice the filter keeps ({VOICE_LABELS[filterVoice]}).
        </p>
      )}
      {kept.map(section)}
      {outsideCount > 0 && filterVoice !== null && (
        <details className="voice-group__outside">
          <summary>
            {quotations(outsideCount, kept.length > 0)}, outside the filter “{VOICE_LABELS[filterVoice]} only”
          </summary>
          {outside.map(section)}
        </details>
      )}
    </>
  );
}
