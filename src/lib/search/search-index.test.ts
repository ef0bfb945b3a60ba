import { describe, expect, it } from 'vitest';
import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { realDataset } from '../../data/real-dataset.test-support';
import { highlightParts } from './highlight';
import { createSearchIndex } from './search-index';

// The real dataset, so the tests prove the spellings readers will actually type.
const { events, factions, people } = realDataset();
const search = createSearchIndex(events, factions, people);

const idsWithPerson = (personId: string): string[] =>
  events.filter((e) => e.people.includes(personId)).map((e) => e.id);
const titleOf = (id: string): string => events.find((e) => e.id === id)?.title ?? '';

describe('createSearchIndex on the real data', () => {
  it('finds the Kronstadt rising by name', () => {
    expect(search.search('Kronstadt').ids).toContain('kronstadt-rising');
  });

  it('finds every Miasnikov event under the spelling Myasnikov', () => {
    const expected = idsWithPerson('miasnikov');
    expect(expected.length).toBeGreaterThan(5);
    const { ids } = search.search('Myasnikov');
    for (const id of expected) expect(ids).toContain(id);
  });

  it('finds every Shlyapnikov event under the spelling Shliapnikov', () => {
    const expected = idsWithPerson('shlyapnikov');
    expect(expected.length).toBeGreaterThan(3);
    const { ids } = search.search('Shliapnikov');
    for (const id of expected) expect(ids).toContain(id);
  });

  it('finds every Osinsky event under the spelling Osinskii', () => {
    const { ids } = search.search('Osinskii');
    for (const id of idsWithPerson('osinsky')) expect(ids).toContain(id);
  });

  it('still finds the Kronstadt rising with a typo (fuzzy)', () => {
    expect(search.search('Kronstat').ids).toContain('kronstadt-rising');
    expect(search.search('kronstadr rising').ids).toContain('kronstadt-rising');
  });

  it('matches the start of a word (prefix): "Kommun" finds the Kommunist events', () => {
    const { ids, terms } = search.search('Kommun');
    expect(ids).toContain('kommunist-first-issue');
    expect(ids).toContain('kommunist-final-issue');
    expect(terms).toContain('kommunist');
  });

  it('narrows with every added word (AND)', () => {
    const one = search.search('Trotsky').ids;
    const two = search.search('Trotsky Kronstadt').ids;
    const three = search.search('Trotsky Kronstadt Petrograd').ids;
    expect(two.size).toBeLessThan(one.size);
    expect(two).toContain('kronstadt-rising');
    for (const id of two) expect(one).toContain(id);
    for (const id of three) expect(two).toContain(id);
  });

  it('folds case and diacritics in the query and the data', () => {
    // The people data spell Dzerzhinsky "Dzierżyński" among the aliases; the summary has "völkisch".
    expect(search.search('DZIERZYNSKI').ids).toEqual(new Set(search.search('Dzierżyński').ids));
    expect(search.search('dzierzynski').ids).toContain('dzerzhinsky-demands-denunciations');
    expect(search.search('volkisch').ids).toContain('schlageter-line');
  });

  it('treats an empty or blank query as no filter: every id, no terms', () => {
    for (const query of ['', '   ', '\t\n', ' -- ', "'"]) {
      const result = search.search(query);
      expect(result.ids).toEqual(new Set(events.map((e) => e.id)));
      expect(result.terms).toEqual([]);
    }
  });

  it('finds nothing for a word that is nowhere in the data', () => {
    expect(search.search('zzqxv').ids.size).toBe(0);
    expect(search.search('Kronstadt zzqxv').ids.size).toBe(0);
  });

  it('searches faction names, citations and historian notes', () => {
    expect(search.search("Workers' Opposition").ids).toContain('workers-opposition-faction');
    expect(search.search('Conscience of the Revolution').ids.size).toBeGreaterThan(0);
    expect(search.search('Collected Works Old Style').ids).toContain(
      'lenin-defends-polemic-against-mensheviks',
    );
  });

  it('reads "Lenin\'s" as Lenin, not as an extra word "s"', () => {
    expect(search.search("Lenin's letter Miasnikov").ids).toContain('lenin-letter-to-miasnikov');
  });

  it('ignores "the" and other small words beside real ones, but searches them alone', () => {
    expect(search.search('the Kronstadt rising').ids).toEqual(search.search('Kronstadt rising').ids);
    expect(search.search('the Kronstadt rising').terms).not.toContain('the');
    expect(search.search('the').ids.size).toBeGreaterThan(0);
  });

  it('returns the matched spelling of the document, so the title can be highlighted', () => {
    const { ids, terms } = search.search('Myasnikov');
    expect(terms).toContain('miasnikov');
    const first = [...ids][0] ?? '';
    expect(highlightParts(titleOf(first), terms).some((p) => p.match)).toBe(true);
  });

  it('adds the name the texts use when only an alias matched ("Bronstein" marks Trotsky)', () => {
    const { ids, terms } = search.search('Bronstein');
    expect(ids).toContain('trotsky-the-new-course');
    expect(terms).toContain('trotsky');
    const marked = highlightParts(titleOf('trotsky-the-new-course'), terms).filter((p) => p.match);
    expect(marked.map((p) => p.text)).toEqual(['Trotsky']);
  });

  it('marks at least one word of every result, so no result is left unexplained', () => {
    const factionName = new Map(factions.map((f) => [f.id, `${f.name} ${f.shortName}`]));
    const personNames = new Map(people.map((p) => [p.id, [p.name, ...p.aliases].join(', ')]));
    for (const query of ['Kronstat', 'Myasnikov', 'Osinskii', 'Kommun', 'Bronstein', 'Dzierzynski']) {
      const { ids, terms } = search.search(query);
      for (const e of events.filter((ev) => ids.has(ev.id))) {
        const texts = [
          e.title,
          e.summary,
          ...e.passages.flatMap((p) => [p.quote, p.cite]),
          e.note ?? '',
          e.sourceDate ?? '',
          ...e.factions.map((id) => factionName.get(id) ?? ''),
          ...e.people.map((id) => personNames.get(id) ?? ''),
          ...e.passages.map((p) => personNames.get(p.speaker ?? '') ?? ''),
        ];
        const marked = texts.some((text) => highlightParts(text, terms).some((p) => p.match));
        expect(marked, `${query} → ${e.id}`).toBe(true);
      }
    }
  });
});

// A small hand-made dataset for what the real data do not show.
const faction: Faction = {
  id: 'council-communists',
  name: 'Council communists',
  shortName: 'Council comm.',
  colour: '#123456',
  colourDark: '#9bc3ff',
  start: '1920',
  end: '1933',
  summary: 'Left communists.',
  stance: 'Councils.',
};
const person = (id: string, name: string, aliases: string[] = []): Person => ({
  id,
  name,
  aliases,
  factions: [],
  role: 'A role.',
  voice: 'participant',
});
const event = (id: string, title: string, extra: Partial<HistoricalEvent> = {}): HistoricalEvent => ({
  id,
  title,
  start: '1920',
  kind: 'statement',
  factions: ['council-communists'],
  people: [],
  summary: 'A summary.',
  passages: [{ quote: 'A quote.', cite: 'A cite' }],
  ...extra,
});

describe('createSearchIndex on hand-made data', () => {
  const small = createSearchIndex(
    [
      event('ruhle-speaks', 'Otto Rühle on the councils'),
      event('quoted-only', 'An unnamed text', {
        passages: [{ quote: 'Words.', cite: 'Somewhere', speaker: 'gorter' }],
      }),
      event('unknown-person', 'A congress', { people: ['nobody'] }),
      event('summary-mention', 'A sailors meeting', { summary: 'Sailors of Kronstadt met.' }),
      event('title-mention', 'Kronstadt', { summary: 'Sailors met.' }),
    ],
    [faction],
    [person('gorter', 'Herman Gorter', ['H. Gorter'])],
  );

  it('finds "Rühle" from "Ruhle" and "RUHLE"', () => {
    expect(small.search('Ruhle').ids).toEqual(new Set(['ruhle-speaks']));
    expect(small.search('RUHLE').ids).toEqual(new Set(['ruhle-speaks']));
    expect(small.search('ruhle').terms).toEqual(['ruhle']);
  });

  it('finds an event by the name of a speaker it quotes but does not list', () => {
    expect(small.search('Gorter').ids).toEqual(new Set(['quoted-only']));
  });

  it('finds events by faction name and short name', () => {
    expect(small.search('Council communists').ids.size).toBe(5);
  });

  it('lists a title match before a summary match (title boost)', () => {
    expect([...small.search('Kronstadt').ids]).toEqual(['title-mention', 'summary-mention']);
  });

  it('skips a person id missing from the people list instead of failing', () => {
    expect(small.search('congress').ids).toEqual(new Set(['unknown-person']));
    expect(small.search('nobody').ids.size).toBe(0);
  });
});
