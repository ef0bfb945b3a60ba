import SearchableMap from 'minisearch/SearchableMap';
import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { foldTerm, terms as textTerms, words } from './fold';

export interface SearchResult {
  /**
   * The ids of the matching events: those matching more query words in their title first, then
   * in the order given to createSearchIndex. For an empty query every event: no search, no filter.
   */
  ids: Set<string>;
  /** The folded document terms that matched, for highlightParts; empty for an empty query. */
  terms: string[];
}

export interface EventSearch {
  /**
   * Full-text search over the events. Words are combined with AND, so each added word narrows;
   * every word also matches as a prefix ("Kommun" → "Kommunist"), and words of four letters or
   * more with a typo or two ("Kronstat"). A query without any word ('', '  ', '--') is no filter.
   */
  search(query: string): SearchResult;
}

/** A fifth of the word's letters may be wrong: two typos in "Kronstat", one in "Radk". */
const FUZZY = 0.2;
/** Below four letters one typo turns a word into too many others ("NEP" into "new", "net"…). */
const MIN_FUZZY_LENGTH = 4;
/** MiniSearch's own cap on edit distance, kept so very long words stay cheap to look up. */
const MAX_FUZZY = 6;

/**
 * Dropped from queries: with AND they barely narrow (every summary has a "the"), and with prefix
 * matching they would light up "then", "their", "theses"… in every highlighted text. A query made
 * only of these words keeps them, so typing "the" still searches for something.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and as at by for from in is it its of on or the to was with'.split(' '),
);

/** What a person contributes to highlighting when a search found them under another name. */
interface PersonTerms {
  /** The folded words of the name and the aliases, as the index holds them. */
  all: ReadonlySet<string>;
  /** The words the texts call them by: the surname of the name and the one-word aliases. */
  display: readonly string[];
}

function personTerms(person: Person): PersonTerms {
  const nameTerms = textTerms(person.name);
  const all = new Set([...nameTerms, ...person.aliases.flatMap(textTerms)]);
  const display = new Set<string>();
  const surname = nameTerms.at(-1);
  if (surname !== undefined) display.add(surname);
  for (const alias of person.aliases) {
    if (words(alias).length === 1) display.add(foldTerm(alias));
  }
  return { all, display: [...display] };
}

function queryTerms(query: string): string[] {
  const all = textTerms(query);
  const meaningful = all.filter((term) => !STOPWORDS.has(term));
  return meaningful.length > 0 ? meaningful : all;
}

/**
 * Each event's position in the list, for every term it contains, in ascending order: the
 * inverted index. A search only ORs and ANDs these lists; it computes no relevance score, because
 * the callers filter and sort by date, and scoring every hit (as MiniSearch.search does) cost
 * tens of milliseconds on 10,000 events.
 */
type Postings = number[];

function addPosting(index: Map<string, Postings>, term: string, position: number): void {
  const postings = index.get(term);
  if (postings === undefined) index.set(term, [position]);
  // Events are added in order, so a repeat of the term in the same event is the last entry.
  else if (postings.at(-1) !== position) postings.push(position);
}

/**
 * Builds the index once per dataset. Indexed per event: title, summary, quotations, citations,
 * people (names and aliases of those listed and of those quoted), factions (name and short
 * name), note and sourceDate. Ids of people or factions missing from the lists are skipped.
 */
export function createSearchIndex(
  events: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): EventSearch {
  // Names are folded once, not once per event that mentions them.
  const factionTerms = new Map(factions.map((f) => [f.id, textTerms(`${f.name} ${f.shortName}`)]));
  const personTermsById = new Map(people.map((p) => [p.id, personTerms(p)]));

  const postings = new Map<string, Postings>();
  const titlePostings = new Map<string, Postings>();
  /** For each person, the events that list or quote them. */
  const personPostings = new Map<PersonTerms, Postings>();

  events.forEach((event, position) => {
    const text = [
      event.title,
      event.summary,
      ...event.passages.flatMap((p) => [p.quote, p.cite]),
      event.note ?? '',
      event.sourceDate ?? '',
    ].join('\n');
    for (const term of textTerms(text)) addPosting(postings, term, position);
    for (const term of textTerms(event.title)) addPosting(titlePostings, term, position);
    for (const id of event.factions) {
      for (const term of factionTerms.get(id) ?? []) addPosting(postings, term, position);
    }

    // A search for a name should find every event where that person speaks, not only those
    // they are tagged in.
    const personIds = new Set(event.people);
    for (const passage of event.passages) {
      if (passage.speaker !== undefined) personIds.add(passage.speaker);
    }
    for (const id of personIds) {
      const person = personTermsById.get(id);
      if (person === undefined) continue;
      for (const term of person.all) addPosting(postings, term, position);
      const list = personPostings.get(person);
      if (list === undefined) personPostings.set(person, [position]);
      else list.push(position);
    }
  });

  // The radix tree answers prefix and fuzzy look-ups over the vocabulary; MiniSearch uses the same.
  const vocabulary = new SearchableMap<Postings>();
  for (const [term, list] of postings) vocabulary.set(term, list);

  /** Every indexed term a query word stands for: itself, its completions, its near misses. */
  function expand(queryTerm: string): Set<string> {
    const found = new Set(vocabulary.atPrefix(queryTerm).keys());
    if (queryTerm.length >= MIN_FUZZY_LENGTH) {
      const distance = Math.min(MAX_FUZZY, Math.round(queryTerm.length * FUZZY));
      for (const term of vocabulary.fuzzyGet(queryTerm, distance).keys()) found.add(term);
    }
    return found;
  }

  const count = events.length;
  const allIds = events.map((e) => e.id);

  return {
    search(query) {
      const queryWords = queryTerms(query);
      if (queryWords.length === 0) return { ids: new Set(allIds), terms: [] };

      // 1 where every query word so far matched; then, per event, how many matched in the title.
      const hits = new Uint8Array(count).fill(1);
      const titleScore = new Uint8Array(count);
      const expansions = queryWords.map(expand);
      for (const expansion of expansions) {
        const wordHits = new Uint8Array(count);
        const wordTitleHits = new Uint8Array(count);
        for (const term of expansion) {
          for (const position of postings.get(term) ?? []) wordHits[position] = 1;
          for (const position of titlePostings.get(term) ?? []) wordTitleHits[position] = 1;
        }
        for (let i = 0; i < count; i += 1) {
          if (wordHits[i] === 0) hits[i] = 0;
          if (wordTitleHits[i] === 1) titleScore[i] = (titleScore[i] ?? 0) + 1;
        }
      }

      const ids = new Set<string>();
      for (let score = queryWords.length; score >= 0; score -= 1) {
        for (let i = 0; i < count; i += 1) {
          if (hits[i] === 1 && titleScore[i] === score) ids.add(allIds[i] ?? '');
        }
      }

      const inResult = (list: Postings): boolean => list.some((position) => hits[position] === 1);
      const matched = new Set<string>();
      for (const expansion of expansions) {
        for (const term of expansion) {
          if (inResult(postings.get(term) ?? [])) matched.add(term);
        }
      }
      // "Bronstein" or "Ulyanov" match only an alias, while the texts say "Trotsky" or "Lenin":
      // mark those, or the reader sees no reason for the result.
      for (const [person, list] of personPostings) {
        if ([...person.all].some((term) => matched.has(term)) && inResult(list)) {
          for (const term of person.display) matched.add(term);
        }
      }
      return { ids, terms: [...matched].sort() };
    },
  };
}
