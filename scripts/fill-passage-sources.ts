/**
 * `npx tsx scripts/fill-passage-sources.ts`: fills in what a new passage's source can be told
 * from the data already there, so that adding an event needs only its quotations and citations.
 * A passage citing a work takes the workId that every other passage citing the same title has;
 * the FAQ's own words (neither speaker nor work) take the FAQ's workId and the section their
 * quote stands in. What cannot be told (a new work, a quote in two sections, a collective
 * text's voice) is listed for a person to decide; `npm run validate` names it too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { findAllQuotes } from '../src/data/source/find-quote';
import type { Passage } from '../src/data/schemas';
import { readSource } from './read-dataset';

const EVENTS_FILE = 'data/events.json';
interface RawEvent {
  id: string;
  passages: Passage[];
}

const events = JSON.parse(readFileSync(EVENTS_FILE, 'utf8')) as RawEvent[];
const source = readSource();
const sectionNumbers = new Map(source.sections.map((s) => [s.id, s.number]));
const passages = events.flatMap((e) => e.passages.map((passage, i) => ({ event: e.id, i, passage })));
const isFaqsOwn = (p: Passage) => p.speaker === undefined && p.work === undefined;

/** Each title's workId, where all passages citing that title agree on one. */
const workIdsByTitle = new Map<string, Set<string>>();
for (const { passage } of passages) {
  const key = isFaqsOwn(passage) ? '(the FAQ)' : passage.work;
  if (key === undefined || passage.workId === undefined) continue;
  workIdsByTitle.set(key, (workIdsByTitle.get(key) ?? new Set()).add(passage.workId));
}
const workIdOf = (key: string) => {
  const ids = workIdsByTitle.get(key);
  return ids?.size === 1 ? [...ids][0] : undefined;
};

const undecided: string[] = [];
let filled = 0;
for (const { event, i, passage } of passages) {
  const where = `${event}: passages[${i}]`;
  if (passage.workId === undefined) {
    const workId = workIdOf(isFaqsOwn(passage) ? '(the FAQ)' : (passage.work ?? ''));
    if (workId) {
      passage.workId = workId;
      filled++;
    } else
      undecided.push(`${where}.workId: no other passage tells the work of "${passage.work ?? passage.cite}"`);
  }
  if (isFaqsOwn(passage) && passage.faqSection === undefined) {
    const sections = [
      ...new Set(
        findAllQuotes(source, passage.quote).map((at) => sectionNumbers.get(at.paragraph.sectionId)),
      ),
    ];
    const [section] = sections;
    if (
      sections.length === 1 &&
      (section === 0 || section === 1 || section === 2 || section === 3 || section === 4)
    ) {
      passage.faqSection = section;
      filled++;
    } else undecided.push(`${where}.faqSection: the quote stands in ${sections.length} sections`);
  }
  if (!isFaqsOwn(passage) && passage.speaker === undefined && passage.voice === undefined) {
    undecided.push(`${where}.voice: a collective text (${passage.cite}): participant, historian or faq?`);
  }
}

writeFileSync(EVENTS_FILE, `${JSON.stringify(events, null, 2)}\n`);
console.log(`${filled} field${filled === 1 ? '' : 's'} filled in ${EVENTS_FILE}`);
for (const line of undecided) console.log(`  to decide: ${line}`);
