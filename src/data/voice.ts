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

/**
 * voiceOf for records not yet checked (data/events.json as the build splits it, split-events.ts),
 * with the speakers' voices from the people file's raw records. A malformed value is passed on as
 * it is, for the checks that name it.
 */
export function rawVoiceResolver(people: unknown): (passage: Readonly<Record<string, unknown>>) => unknown {
  const byId = new Map<string, Pick<Person, 'voice'>>();
  for (const person of Array.isArray(people) ? people : []) {
    const { id, voice } = (person ?? {}) as Partial<Record<'id' | 'voice', unknown>>;
    if (typeof id === 'string' && (voice === 'participant' || voice === 'historian')) byId.set(id, { voice });
  }
  return (passage) => voiceOf(passage, byId);
}
