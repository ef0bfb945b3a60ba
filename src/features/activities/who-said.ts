import type { HistoricalEvent, Person } from '../../data/schemas';
import { shuffled } from './random';

export interface WhoSaidOption {
  id: string;
  name: string;
}

export interface WhoSaidQuestion {
  eventId: string;
  eventTitle: string;
  /** 1-based, as "read in context" links count. */
  passage: number;
  quote: string;
  /** The citation the source gives. */
  cite: string;
  answer: WhoSaidOption;
  /** The answer among others, in a shuffled order. */
  options: WhoSaidOption[];
}

/** Quotations long enough to carry a voice and short enough to read aloud from a phone. */
const QUOTE_CHARACTERS = { min: 60, max: 420 };
const OPTIONS = 4;
/** No speaker answers more than this many questions while others are left. */
const PER_SPEAKER = 2;

interface Candidate {
  event: HistoricalEvent;
  passage: number;
  quote: string;
  cite: string;
  speaker: Person;
}

/** The part of a name a quotation would give the answer away with: "Kollontai" of "Alexandra Kollontai". */
const surname = (person: Person) => person.name.split(' ').at(-1) ?? person.name;

/**
 * Whether a quotation makes a fair question: it stands on its own (a sentence, not a fragment
 * that begins mid-phrase, as "was horrified to see…" does) and does not name its own speaker.
 */
function fairQuestion(quote: string, speaker: Person): boolean {
  const { length } = quote;
  if (length < QUOTE_CHARACTERS.min || length > QUOTE_CHARACTERS.max) return false;
  if (!/^[[“"‘'(]?[A-Z]/.test(quote)) return false;
  return !quote.toLowerCase().includes(surname(speaker).toLowerCase());
}

function candidatesOf(events: readonly HistoricalEvent[], people: ReadonlyMap<string, Person>): Candidate[] {
  const seen = new Set<string>();
  return events.flatMap((event) =>
    event.passages.flatMap((p, i) => {
      const speaker = p.speaker ? people.get(p.speaker) : undefined;
      if (!speaker || !fairQuestion(p.quote, speaker) || seen.has(p.quote)) return [];
      seen.add(p.quote);
      return [{ event, passage: i + 1, quote: p.quote, cite: p.cite, speaker }];
    }),
  );
}

/**
 * "Who said it?" questions from the quotations of `events` with a named speaker: words of the
 * time first (a class is asked to recognise the participants), later historians where the events
 * have too few; the wrong answers are other speakers of these events, then of `allEvents`, of the
 * same voice where there are enough.
 */
export function whoSaidQuestions(
  events: readonly HistoricalEvent[],
  allEvents: readonly HistoricalEvent[],
  people: readonly Person[],
  random: () => number,
  count = 8,
): WhoSaidQuestion[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const mixed = shuffled(candidatesOf(events, byId), random);
  const ranked = [
    ...mixed.filter((c) => c.speaker.voice === 'participant'),
    ...mixed.filter((c) => c.speaker.voice !== 'participant'),
  ];
  const chosen: Candidate[] = [];
  const answered = new Map<string, number>();
  for (const pass of [PER_SPEAKER, Number.POSITIVE_INFINITY]) {
    for (const c of ranked) {
      if (chosen.length === count) break;
      if (chosen.includes(c) || (answered.get(c.speaker.id) ?? 0) >= pass) continue;
      chosen.push(c);
      answered.set(c.speaker.id, (answered.get(c.speaker.id) ?? 0) + 1);
    }
  }

  const speakersOf = (list: readonly HistoricalEvent[]) => [
    ...new Set(candidatesOf(list, byId).map((c) => c.speaker)),
  ];
  const near = speakersOf(events);
  const far = speakersOf(allEvents).filter((p) => !near.includes(p));
  return chosen.map((c) => {
    const others = (pool: readonly Person[]) => shuffled(pool, random).filter((p) => p !== c.speaker);
    const sameVoice = (p: Person) => p.voice === c.speaker.voice;
    const distractors = [
      ...others(near.filter(sameVoice)),
      ...others(far.filter(sameVoice)),
      ...others(near.filter((p) => !sameVoice(p))),
      ...others(far.filter((p) => !sameVoice(p))),
    ].slice(0, OPTIONS - 1);
    const option = (p: Person): WhoSaidOption => ({ id: p.id, name: p.name });
    return {
      eventId: c.event.id,
      eventTitle: c.event.title,
      passage: c.passage,
      quote: c.quote,
      cite: c.cite,
      answer: option(c.speaker),
      options: shuffled([c.speaker, ...distractors], random).map(option),
    };
  });
}
