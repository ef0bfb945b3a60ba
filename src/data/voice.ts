import type { Passage, Person, Voice } from './schemas';

/** What a reader is told each voice is, on badges, in filters and in exports. */
export const VOICE_LABELS: Record<Voice, string> = {
  participant: 'Words of the time',
  historian: 'Later historian',
  faq: 'The FAQ’s argument',
};

/** A group of quotations in one voice, as headings and legends name it (plural where a group holds several speakers). */
export const VOICE_GROUP_NAMES: Record<Voice, string> = {
  participant: 'Words of the time',
  historian: 'Later historians',
  faq: 'The FAQ’s own argument',
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVoice = (value: unknown): value is Voice =>
  typeof value === 'string' && Object.hasOwn(VOICE_LABELS, value);

/**
 * voiceOf for records not yet checked, as the build splits the raw data files (split-events.ts):
 * given the raw people file, a passage's voice; fields of the wrong type count as absent (the
 * browser's checks name them).
 */
export function rawVoiceOf(people: unknown): (passage: unknown) => Voice | null {
  const peopleById = new Map<string, Pick<Person, 'voice'>>();
  for (const person of Array.isArray(people) ? people : []) {
    if (!isRecord(person) || typeof person.id !== 'string') continue;
    if (person.voice === 'participant' || person.voice === 'historian') {
      peopleById.set(person.id, { voice: person.voice });
    }
  }
  return (passage) => {
    if (!isRecord(passage)) return null;
    const fields: Pick<Passage, 'voice' | 'speaker' | 'work'> = {};
    if (isVoice(passage.voice)) fields.voice = passage.voice;
    if (typeof passage.speaker === 'string') fields.speaker = passage.speaker;
    if (typeof passage.work === 'string') fields.work = passage.work;
    return voiceOf(fields, peopleById);
  };
}
