import type { DataError } from './data-error';
import type { HistoricalEvent, Passage, Person } from './schemas';
import { voiceOf } from './voice';

type Problem = Omit<DataError, 'file' | 'id'>;

/** What the passages' sources are checked against; each part only where the caller has it. */
export interface PassageContext {
  peopleById: ReadonlyMap<string, Pick<Person, 'voice'>>;
  /** The ids of data/works.json; without them, workIds are not checked. */
  workIds?: ReadonlySet<string>;
  /** The numbers of the source's sections a quote stands in (none when it is not in the text). */
  quoteSections?: (quote: string) => readonly number[];
}

const sectionName = (n: number) => (n === 0 ? 'the introduction' : `section ${n}`);

/**
 * Words only, lower-cased: two passages that differ in a full stop or a quotation mark still
 * quote the same sentence (the source repeats some sentences with different punctuation).
 */
const foldWords = (quote: string) => (quote.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A passage whose words another passage of the same event already quotes, whole or within. */
function duplicateProblems(passages: readonly Passage[]): Problem[] {
  const folded = passages.map((p) => foldWords(p.quote));
  return folded.flatMap((words, i) => {
    const earlier = folded.findIndex((other, j) => j < i && (other.includes(words) || words.includes(other)));
    return earlier === -1
      ? []
      : [{ field: `passages[${i}].quote`, message: `repeats passage ${earlier + 1} of this event` }];
  });
}

/** Whose voice, which work, which section of the FAQ: what a citation of the passage needs. */
function sourceProblems(passage: Passage, i: number, context: PassageContext): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string) => problems.push({ field: `passages[${i}].${field}`, message });
  const voice = voiceOf(passage, context.peopleById);
  // A speaker who is not in data/people.json is reported as an unknown person already.
  if (voice === null && passage.speaker === undefined) {
    at(
      'voice',
      `is needed: the passage cites "${passage.work ?? ''}" and names no speaker, so say whose words these are (participant, historian or faq)`,
    );
  }
  if (context.workIds) {
    if (passage.workId === undefined)
      at('workId', 'is needed: the work in data/works.json the passage is quoted from');
    else if (!context.workIds.has(passage.workId)) at('workId', `unknown work "${passage.workId}"`);
  }
  if (voice === 'faq' && passage.faqSection === undefined) {
    at('faqSection', 'is needed for the FAQ’s own words: 0 for the introduction, 1–4 for its sections');
  }
  if (passage.faqSection !== undefined) {
    if (voice !== 'faq') at('faqSection', 'is only for the FAQ’s own words');
    const sections = context.quoteSections?.(passage.quote) ?? [];
    if (sections.length > 0 && !sections.includes(passage.faqSection)) {
      at(
        'faqSection',
        `is ${passage.faqSection}, but the quote stands in ${sections.map(sectionName).join(' and ')}`,
      );
    }
  }
  return problems;
}

/** Every passage of an event: its source stated in full, no quotation twice. */
export function passageProblems(event: HistoricalEvent, context: PassageContext): Problem[] {
  return [
    ...event.passages.flatMap((passage, i) => sourceProblems(passage, i, context)),
    ...duplicateProblems(event.passages),
  ];
}

/** The works no passage cites: a bibliography lists what the text quotes, nothing else. */
export function uncitedWorks(workIds: Iterable<string>, events: readonly HistoricalEvent[]): string[] {
  const cited = new Set(events.flatMap((e) => e.passages.flatMap((p) => (p.workId ? [p.workId] : []))));
  return [...workIds].filter((id) => !cited.has(id));
}
