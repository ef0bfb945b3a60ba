import { VOICES, type Passage, type Person, type Voice } from './schemas';
import { voiceOf } from './voice';

/** An event's quotations in one voice: their 1-based numbers among its passages, in source order. */
export interface VoiceGroup {
  /** Null for quotations whose voice the data does not tell (the validator asks for it). */
  voice: Voice | null;
  numbers: number[];
}

/**
 * An event's quotations by voice: words of the time first, then later historians, then the FAQ's
 * own argument, so the evidence comes before what was made of it; groups with no quotation are
 * left out. Within a group the source's order is kept, and numbers stay the event's own (the
 * "read in context" links and the tours count by them).
 */
export function groupByVoice(
  passages: readonly Pick<Passage, 'voice' | 'speaker' | 'work'>[],
  peopleById: ReadonlyMap<string, Pick<Person, 'voice'>>,
): VoiceGroup[] {
  const order: (Voice | null)[] = [...VOICES, null];
  const groups = order.map((voice): VoiceGroup => ({ voice, numbers: [] }));
  passages.forEach((passage, i) => {
    groups[order.indexOf(voiceOf(passage, peopleById))]?.numbers.push(i + 1);
  });
  return groups.filter((g) => g.numbers.length > 0);
}

/** Whether the source speaks of the event only in its own argument: no one of the time, no historian. */
export const onlyTheFaq = (groups: readonly VoiceGroup[]): boolean =>
  groups.length === 1 && groups[0]?.voice === 'faq';
