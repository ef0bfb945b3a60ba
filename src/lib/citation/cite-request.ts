import type { Passage, Person } from '../../data/schemas';
import type { Work } from '../../data/works';
import { slug } from '../slug';
import { pageLocator } from './locator';
import { FAQ_SECTION_TITLES, SOURCE_WORK } from './source-work';

/** One cite of a note as citeproc takes it: the item, where in it, and words before or after. */
export interface CslCite {
  id: string;
  locator?: string;
  label?: 'page' | 'section';
  prefix?: string;
  suffix?: string;
}

/** What citeproc is given to write one quotation's note and its bibliography entry. */
export interface CiteRequest {
  /** Every item the cites name. */
  items: Work[];
  /** The note's cites in order: the work quoted, then the FAQ it was taken from. */
  cites: CslCite[];
  /** The work a bibliography entry is for: the one quoted, or the FAQ for its own words. */
  entry: Work;
}

export type PassageCitation = Pick<
  Passage,
  'cite' | 'speaker' | 'author' | 'work' | 'pages' | 'workId' | 'faqSection'
>;

/**
 * A work the bibliography does not hold yet, from the passage's own fields, so that a quotation
 * is never left without a citation; its author is written as given (no guess at family names).
 */
export function workFromPassage(passage: PassageCitation): Work | null {
  if (passage.work === undefined) return null;
  const work: Work = {
    id: passage.workId ?? (slug(`${passage.author ?? ''} ${passage.work}`) || 'work'),
    type: 'book',
    title: passage.work,
  };
  if (passage.author !== undefined) work.author = [{ literal: passage.author }];
  return work;
}

/**
 * Who is quoted in someone else's work, as the source's citation names them before the work's
 * author ("Osinsky, quoted in Maurice Brinton, …"; "“The Platform of the Opposition”, in Leon
 * Trotsky, …"), with a known speaker's full name. Null when the author speaks for themselves.
 */
export function quotedIn(passage: PassageCitation, peopleById: ReadonlyMap<string, Person>): string | null {
  if (passage.author === undefined) return null;
  const at = passage.cite.indexOf(`${passage.author}, `);
  if (at <= 0) return null;
  const lead = /^(.*?),?\s+(quoted in|in)\s*$/.exec(passage.cite.slice(0, at));
  if (!lead?.[1] || !lead[2]) return null;
  const speaker = passage.speaker === undefined ? undefined : peopleById.get(passage.speaker)?.name;
  return `${speaker ?? lead[1]}, ${lead[2]} `;
}

/** The FAQ's own words: its section's number and title, as its table of contents gives them. */
function faqCite(section: PassageCitation['faqSection']): CslCite {
  if (section === undefined) return { id: SOURCE_WORK.id };
  if (section === 0) return { id: SOURCE_WORK.id, suffix: ', introduction' };
  // Straight quotes: citeproc turns them into the style's, and the title's own into inner ones.
  return {
    id: SOURCE_WORK.id,
    label: 'section',
    locator: String(section),
    suffix: `, "${FAQ_SECTION_TITLES[section]}"`,
  };
}

/**
 * The note for one quotation, from structured fields: the work (from the bibliography, else
 * from the passage), its page as the locator and its volume on the item, whoever it quotes as a
 * prefix, then the FAQ appendix the words were taken from. The FAQ's own words cite the FAQ
 * alone, with their section.
 */
export function citeRequest(
  passage: PassageCitation,
  peopleById: ReadonlyMap<string, Person>,
  worksById: ReadonlyMap<string, Work>,
): CiteRequest {
  // The appendix as the bibliography gives it (with its revision's year), else as this module does.
  const source = worksById.get(SOURCE_WORK.id) ?? SOURCE_WORK;
  // The FAQ's own words: the bibliography names the appendix as their work too, but they are cited
  // once, with their section, not as a work "cited in" itself.
  const own = passage.workId === SOURCE_WORK.id;
  const known = passage.workId === undefined || own ? undefined : worksById.get(passage.workId);
  const found = own ? null : (known ?? workFromPassage(passage));
  if (!found) return { items: [source], cites: [faqCite(passage.faqSection)], entry: source };

  const { volume, page } = pageLocator(passage.pages);
  const work: Work = volume === undefined ? found : { ...found, volume };
  const cite: CslCite = { id: work.id };
  if (page !== undefined) Object.assign(cite, { label: 'page', locator: page });
  const prefix = quotedIn(passage, peopleById);
  if (prefix !== null) cite.prefix = prefix;
  return {
    items: [work, source],
    cites: [cite, { id: SOURCE_WORK.id, prefix: 'cited in ' }],
    entry: work,
  };
}
