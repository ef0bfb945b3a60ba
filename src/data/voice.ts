import type { Passage, Person, Voice } from './schemas';

/** What a reader is told each voice is, on badges, in filters and in exports. */
export const VOICE_LABELS: Record<Voice, string> = {
  participant: 'Words of the time',
  historian: 'Later historian',
  faq: 'The FAQ’s argument',
};

/**
 * Whose voice a quotation is: what the data states, else its speaker's (a participant of the
 * time or a later historian), else, with neither speaker nor cited work, the FAQ's own words.
 * Null where none of these tells (a collective text cited from a book must state its voice:
 * the validator asks for it).
 */
export function voiceOf(
  passage: Pick<Passage, 'voice' | 'speaker' | 'work'>,
  peopleById: ReadonlyMap<string, Pick<Person, 'voice'>>,
): Voice | null {
  if (passage.voice) return passage.voice;
  if (passage.speaker) return peopleById.get(passage.speaker)?.voice ?? null;
  if (!passage.work) return 'faq';
  return null;
}
