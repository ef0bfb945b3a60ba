import { describe, expect, it } from 'vitest';
import { formatDataError } from './data-error';
import { parseSource } from './source/parse-source';
import { findAllQuotes } from './source/find-quote';
import { isEdtfDate } from '../dates/edtf-grammar';
import { MAX_LANDMARK_SHARE, validateDataset, type BuildChecks, type RawDataset } from './validate-dataset';

const SOURCE = parseSource(
  [
    'An Anarchist FAQ',
    '',
    'Were any of the Bolshevik oppositions a real alternative?',
    '',
    'The congress banned factions in **1921**, as *Daniels* notes.',
    '',
    '1 Were the "Left Communists" of 1918 an alternative?',
    '',
    'Lenin answered that the party was not a debating society.',
    '',
  ].join('\n'),
);
const sectionNumbers = new Map(SOURCE.sections.map((s) => [s.id, s.number]));
const quoteCheck: BuildChecks = {
  quoteSections: (quote) =>
    findAllQuotes(SOURCE, quote).map((at) => sectionNumbers.get(at.paragraph.sectionId) ?? -1),
  isEdtfDate,
};

const faction = {
  id: 'workers-opposition',
  name: "Workers' Opposition",
  shortName: "Workers' Opp.",
  colour: '#1b6a4c',
  colourDark: '#4ec297',
  start: '1919',
  end: '1922',
  summary: 'A trade-union faction.',
  stance: 'Unions should run industry.',
};
const person = {
  id: 'shlyapnikov',
  name: 'Alexander Shlyapnikov',
  aliases: ['Shliapnikov'],
  factions: ['workers-opposition'],
  role: 'Leader.',
  voice: 'participant',
};
const event = {
  id: 'tenth-party-congress',
  title: 'Tenth Party Congress',
  start: '1921-03-08',
  end: '1921-03-16',
  kind: 'congress',
  factions: ['workers-opposition'],
  people: ['shlyapnikov'],
  summary: 'The congress banned factions.',
  passages: [
    { quote: 'The congress banned factions in 1921', cite: 'An Anarchist FAQ, introduction', faqSection: 0 },
  ],
};

function dataset(eventOverrides: Record<string, unknown> = {}): RawDataset {
  return { events: [{ ...event, ...eventOverrides }], factions: [faction], people: [person] };
}

const messages = (raw: RawDataset) => validateDataset(raw, quoteCheck).errors.map(formatDataError);

describe('validateDataset', () => {
  it('accepts a valid dataset, with quotes matched across stripped emphasis', () => {
    const result = validateDataset(dataset(), quoteCheck);
    expect(result.errors).toEqual([]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['tenth-party-congress']);
  });

  it('names a misquotation by file, event id and field', () => {
    const raw = dataset({ passages: [{ quote: 'The congress outlawed factions', cite: 'FAQ' }] });
    expect(messages(raw)).toEqual([
      'data/events.json: tenth-party-congress: passages[0].quote: does not occur in the source text: "The congress outlawed factions"',
    ]);
  });

  it('names an unknown faction and an unknown person', () => {
    const raw = dataset({ factions: ['workers-oppositon'], people: ['shlyapnikov', 'nobody'] });
    expect(messages(raw)).toEqual([
      'data/events.json: tenth-party-congress: factions[0]: unknown faction "workers-oppositon"',
      'data/events.json: tenth-party-congress: people[1]: unknown person "nobody"',
    ]);
  });

  it('names an impossible date and an end before its start', () => {
    expect(messages(dataset({ start: '1921-02-30' }))).toEqual([
      'data/events.json: tenth-party-congress: start: is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ or ?)',
    ]);
    expect(messages(dataset({ start: '1921-03-16', end: '1921-03-08' }))).toEqual([
      'data/events.json: tenth-party-congress: end: 1921-03-08 is before start 1921-03-16',
    ]);
  });

  it('keeps events within 1907–1937', () => {
    expect(messages(dataset({ start: '1938', end: undefined }))).toEqual([
      'data/events.json: tenth-party-congress: start: 1938 is outside 1907–1937',
    ]);
  });

  it('requires a passage and kebab-case ids', () => {
    expect(messages(dataset({ id: 'Tenth_Congress', passages: [] }))).toEqual([
      'data/events.json: Tenth_Congress: id: must be kebab-case (lower-case words joined by hyphens)',
      'data/events.json: Tenth_Congress: passages: needs at least one passage from the source text',
    ]);
  });

  it('reports duplicate ids and keeps the first record', () => {
    const raw: RawDataset = {
      events: [event, { ...event, title: 'Again' }],
      factions: [faction],
      people: [person],
    };
    const result = validateDataset(raw, quoteCheck);
    expect(result.errors.map(formatDataError)).toEqual([
      'data/events.json: tenth-party-congress: id: is not unique',
    ]);
    expect(result.dataset.events.map((e) => e.title)).toEqual(['Tenth Party Congress']);
  });

  it('lists every error at once and still returns the valid records', () => {
    const good = { ...event, id: 'good-event' };
    const raw: RawDataset = {
      events: [
        good,
        { ...event, id: 'bad-date', start: '1921-13' },
        { ...event, id: 'bad-kind', kind: 'picnic' },
      ],
      factions: [faction],
      people: [person],
    };
    const result = validateDataset(raw, quoteCheck);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['good-event']);
    expect(result.errors.map((e) => `${e.id} ${e.field}`)).toEqual(['bad-date start', 'bad-kind kind']);
  });

  it('rejects a file that is not an array without throwing', () => {
    const raw: RawDataset = { events: { events: [] }, factions: [faction], people: [person] };
    expect(messages(raw)).toEqual(['data/events.json: (file): (root): must be a JSON array of records']);
  });

  it('sorts events by start date, then by end', () => {
    const raw: RawDataset = {
      events: [
        { ...event, id: 'later', start: '1923', end: undefined },
        { ...event, id: 'long', start: '1921-03', end: '1921-06' },
        { ...event, id: 'short', start: '1921-03', end: '1921-03-20' },
      ],
      factions: [faction],
      people: [person],
    };
    expect(validateDataset(raw).dataset.events.map((e) => e.id)).toEqual(['short', 'long', 'later']);
  });
});

describe('what the timeline draws', () => {
  const longTitle = "Tenth Party Congress bans factions and condemns the Workers' Opposition";

  it('asks for a short title where the title is too long to draw', () => {
    expect(messages(dataset({ title: longTitle }))).toEqual([
      'data/events.json: tenth-party-congress: shortTitle: is needed: the title has 71 characters and the timeline draws at most 26',
    ]);
    expect(messages(dataset({ title: longTitle, shortTitle: 'Tenth Party Congress' }))).toEqual([]);
  });

  it('refuses a short title longer than the timeline draws, or not shorter than the title', () => {
    expect(messages(dataset({ title: longTitle, shortTitle: 'The Tenth Congress of the Party' }))).toEqual([
      'data/events.json: tenth-party-congress: shortTitle: must be at most 26 characters',
    ]);
    expect(messages(dataset({ shortTitle: 'The Tenth Party Congress' }))).toEqual([
      'data/events.json: tenth-party-congress: shortTitle: must be shorter than the title (24 characters against 20)',
    ]);
  });

  it('keeps landmarks to a fifth of the events', () => {
    expect(MAX_LANDMARK_SHARE).toBe(0.2);
    const events = (landmarks: number) =>
      Array.from({ length: 10 }, (_, i) => ({ ...event, id: `event-${i}`, landmark: i < landmarks }));
    expect(messages({ events: events(2), factions: [faction], people: [person] })).toEqual([]);
    expect(messages({ events: events(3), factions: [faction], people: [person] })).toEqual([
      'data/events.json: (file): landmark: 3 of 10 events are landmarks; at most 2 (20%) may be',
    ]);
  });

  it('names a faction colour too faint for its text or its page, in either theme', () => {
    const raw = (colours: { colour: string; colourDark: string }) => ({
      ...dataset(),
      factions: [{ ...faction, ...colours }],
    });
    // Light enough for white text to fail and to fade into the light page.
    expect(messages(raw({ colour: '#c8c8c8', colourDark: '#4ec297' }))).toEqual([
      'data/factions.json: workers-opposition: colour: #c8c8c8 has 1.67:1 against the text on it (#ffffff) in the light theme; needs 4.5:1',
      'data/factions.json: workers-opposition: colour: #c8c8c8 has 1.52:1 against the page (#f7f4ee) in the light theme; needs 3:1',
      'data/factions.json: workers-opposition: colour: #c8c8c8 has 1.67:1 against panels (#ffffff) in the light theme; needs 3:1',
    ]);
    // The light theme's own colour, too dark for the dark page and for dark text on it.
    expect(messages(raw({ colour: '#1b6a4c', colourDark: '#1b6a4c' }))).toEqual([
      'data/factions.json: workers-opposition: colourDark: #1b6a4c has 2.84:1 against the text on it (#141311) in the dark theme; needs 4.5:1',
      'data/factions.json: workers-opposition: colourDark: #1b6a4c has 2.84:1 against the page (#141311) in the dark theme; needs 3:1',
      'data/factions.json: workers-opposition: colourDark: #1b6a4c has 2.60:1 against panels (#1e1c19) in the dark theme; needs 3:1',
    ]);
  });

  it('requires a dark-theme colour', () => {
    const withoutDark = { ...faction, colourDark: undefined };
    expect(messages({ ...dataset(), factions: [withoutDark] })).toContain(
      'data/factions.json: workers-opposition: colourDark: must be a #rrggbb colour',
    );
  });
});

describe('what a class is told of each event', () => {
  const faqWords = { quote: 'The congress banned factions in 1921', cite: 'An Anarchist FAQ, introduction' };
  const daniels = {
    quote: 'not a debating society',
    cite: 'Party resolution, quoted in Daniels, The Conscience of the Revolution, p. 145',
    author: 'Robert V. Daniels',
    work: 'The Conscience of the Revolution',
    workId: 'daniels-conscience',
  };
  const work = { id: 'daniels-conscience', type: 'book', title: 'The Conscience of the Revolution' };
  const withWorks = (overrides: Record<string, unknown>, works: unknown[] = [work]): RawDataset => ({
    ...dataset(overrides),
    works,
  });

  it('fails an event that carries a faction outside the faction’s lifetime', () => {
    expect(messages(dataset({ start: '1923-06', end: undefined }))).toEqual([
      'data/events.json: tenth-party-congress: factions[0]: "workers-opposition" existed 1919 to 1922; the event (1923-06) falls outside it',
    ]);
    // A period that overlaps the faction's life carries it.
    expect(messages(dataset({ start: '1918', end: '1920' }))).toEqual([]);
  });

  it('fails a passage that repeats another of the same event, whole or within, whatever its punctuation', () => {
    const repeated = { ...faqWords, quote: 'The congress banned factions in 1921, as' };
    expect(
      messages(
        dataset({
          passages: [
            { ...faqWords, faqSection: 0 },
            { ...repeated, faqSection: 0 },
          ],
        }),
      ),
    ).toEqual(['data/events.json: tenth-party-congress: passages[1].quote: repeats passage 1 of this event']);
  });

  it('asks the FAQ’s own words for their section, and checks the quote stands in it', () => {
    expect(messages(dataset({ passages: [faqWords] }))).toEqual([
      'data/events.json: tenth-party-congress: passages[0].faqSection: is needed for the FAQ’s own words: 0 for the introduction, 1–4 for its sections',
    ]);
    expect(messages(dataset({ passages: [{ ...faqWords, faqSection: 1 }] }))).toEqual([
      'data/events.json: tenth-party-congress: passages[0].faqSection: is 1, but the quote stands in the introduction',
    ]);
    const inSectionOne = { quote: 'Lenin answered', cite: 'An Anarchist FAQ, section 1', faqSection: 1 };
    expect(messages(dataset({ passages: [inSectionOne] }))).toEqual([]);
  });

  it('asks a collective text cited from a book to say whose voice it is', () => {
    const unvoiced = { quote: daniels.quote, cite: daniels.cite, author: daniels.author, work: daniels.work };
    expect(messages(dataset({ passages: [unvoiced] }))).toEqual([
      'data/events.json: tenth-party-congress: passages[0].voice: is needed: the passage cites "The Conscience of the Revolution" and names no speaker, so say whose words these are (participant, historian or faq)',
    ]);
    expect(messages(dataset({ passages: [{ ...unvoiced, voice: 'participant' }] }))).toEqual([]);
  });

  it('gives every passage its voice, stated or derived', () => {
    const passages = [
      { ...faqWords, faqSection: 0 },
      { ...daniels, voice: 'participant' },
      { ...daniels, quote: 'debating society', speaker: 'shlyapnikov' },
    ];
    const [first] = validateDataset(dataset({ passages }), quoteCheck).dataset.events;
    expect(first?.passages.map((p) => p.voice)).toEqual(['faq', 'participant', 'participant']);
  });

  it('checks each passage’s work against data/works.json, and reports works no passage cites', () => {
    const passages = [
      { ...faqWords, faqSection: 0, workId: 'the-faq' },
      { ...daniels, voice: 'participant' },
    ];
    const faq = { id: 'the-faq', type: 'webpage', title: 'An Anarchist FAQ' };
    expect(messages(withWorks({ passages }, [work, faq]))).toEqual([]);
    expect(messages(withWorks({ passages }, [work]))).toEqual([
      'data/events.json: tenth-party-congress: passages[0].workId: unknown work "the-faq"',
    ]);
    expect(messages(withWorks({ passages: [passages[0]] }, [work, faq]))).toEqual([
      'data/works.json: daniels-conscience: (record): is cited by no passage',
    ]);
    expect(messages(withWorks({ passages: [{ ...faqWords, faqSection: 0 }] }, [faq]))).toEqual([
      'data/events.json: tenth-party-congress: passages[0].workId: is needed: the work in data/works.json the passage is quoted from',
      'data/works.json: the-faq: (record): is cited by no passage',
    ]);
  });

  it('names a work that breaks the bibliography’s schema', () => {
    const passages = [{ ...daniels, voice: 'participant' }];
    expect(messages(withWorks({ passages }, [{ ...work, type: 'novel' }]))).toEqual([
      expect.stringMatching(/^data\/works\.json: daniels-conscience: type: /),
      'data/events.json: tenth-party-congress: passages[0].workId: unknown work "daniels-conscience"',
    ]);
  });
});
