import { describe, expect, it } from 'vitest';
import { formatDataError } from './data-error';
import { checkDetailRecords, joinCheckedDetails } from './join-details';
import { realDataset } from './real-dataset.test-support';
import { splitEvents } from './split-events';
import { rawVoiceResolver } from './voice';
import { validateListing, type Listing } from './validate-dataset';
import { factions, people, tenthCongress } from './fixtures';

// Two passages, one whose speaker is named, one the narration's; an end date and a note.
const event = tenthCongress;

const references = { factions, people };
// The page's two steps, as the loader takes them: check the text, then join it to the listing.
const joinDetails = (listing: Listing, raw: unknown) => joinCheckedDetails(listing, checkDetailRecords(raw));
const messages = (errors: Parameters<typeof formatDataError>[0][]) => errors.map(formatDataError);

function listingOf(events: unknown): Listing {
  const result = validateListing({ events: splitEvents(events).listing, ...references });
  expect(messages(result.errors)).toEqual([]);
  return result.dataset;
}

describe('splitEvents', () => {
  it('keeps what the timeline draws, and of the passages only who speaks and in whose voice', () => {
    const { listing, details } = splitEvents([event], rawVoiceResolver(people));
    expect(listing).toEqual([
      {
        id: event.id,
        title: event.title,
        start: event.start,
        end: event.end,
        kind: event.kind,
        factions: event.factions,
        people: event.people,
        passages: [{ voice: 'faq' }, { speaker: 'lenin', voice: 'participant' }],
      },
    ]);
    expect(details).toEqual([
      { id: event.id, summary: event.summary, passages: event.passages, note: event.note },
    ]);
  });

  it('gives each passage the voice the data states, else its speaker’s, else none where nothing tells', () => {
    const historian = { id: 'carr', voice: 'historian' };
    const passages = [
      { quote: 'q', cite: 'c', speaker: 'carr' },
      { quote: 'q', cite: 'c', work: 'Platform', voice: 'participant' },
      { quote: 'q', cite: 'c', work: 'Spartakism to National Bolshevism' },
      { quote: 'q', cite: 'c', speaker: 'lenin' },
    ];
    const [head] = splitEvents([{ ...event, passages }], rawVoiceResolver([historian])).listing as {
      passages: unknown;
    }[];
    expect(head?.passages).toEqual([
      { speaker: 'carr', voice: 'historian' },
      { voice: 'participant' },
      {},
      // A speaker the people file does not have: the listing's check names them.
      { speaker: 'lenin' },
    ]);
  });

  it('passes what is not an array of records to the listing, so the browser reports it', () => {
    expect(splitEvents({ events: [] })).toEqual({ listing: { events: [] }, details: [] });
    expect(splitEvents(['text', event]).listing).toHaveLength(2);
    const [head] = splitEvents([{ ...event, colour: 'red' }]).listing as Record<string, unknown>[];
    expect(head?.colour).toBe('red');
  });

  it('splits the real dataset into halves that join back into the events as they were', () => {
    const dataset = realDataset();
    const { listing, details } = splitEvents(dataset.events, rawVoiceResolver(dataset.people));
    const checked = validateListing({ events: listing, factions: dataset.factions, people: dataset.people });
    expect(checked.errors).toEqual([]);
    const joined = joinDetails(checked.dataset, details);
    expect(joined.errors).toEqual([]);
    expect(joined.dataset.events).toEqual(dataset.events);
  });
});

describe('validateListing', () => {
  it('names a bad record in data/timeline.json and keeps the rest', () => {
    const { listing } = splitEvents([
      event,
      { ...event, id: 'second', start: '1921-13', people: ['nobody'] },
    ]);
    const result = validateListing({ events: listing, ...references });
    expect(result.dataset.events.map((e) => e.id)).toEqual([event.id]);
    expect(messages(result.errors).join('\n')).toMatch(/data\/timeline\.json.*second.*start/);
  });

  it('checks the speakers it keeps', () => {
    const { listing } = splitEvents([{ ...event, passages: [{ quote: 'q', cite: 'c', speaker: 'nobody' }] }]);
    const result = validateListing({ events: listing, ...references });
    expect(messages(result.errors)).toEqual([
      expect.stringMatching(/passages\[0\]\.speaker.*unknown person "nobody"/),
    ]);
  });
});

describe('joinCheckedDetails', () => {
  const listing = listingOf([event]);

  it('joins each event its text', () => {
    const result = joinDetails(listing, splitEvents([event]).details);
    expect(result.errors).toEqual([]);
    expect(result.dataset.events).toEqual([event]);
    expect(result.dataset.factions).toBe(listing.factions);
  });

  it('leaves out, and names, an event whose text is missing, broken or does not fit', () => {
    const { details } = splitEvents([event]);
    const [text] = details as Record<string, unknown>[];
    const cases: [unknown, RegExp][] = [
      [[], /tenth-party-congress.*has no details/],
      [[{ ...text, summary: '' }], /tenth-party-congress.*summary/],
      [
        [{ ...text, passages: event.passages.slice(1) }],
        /passages.*do not match the passages in data\/timeline\.json/,
      ],
      [[{ ...text, passages: [event.passages[1], event.passages[0]] }], /do not match/],
      [{}, /data\/event-details\.json.*must be a JSON array/],
    ];
    for (const [input, problem] of cases) {
      const result = joinDetails(listing, input);
      expect(result.dataset.events).toEqual([]);
      expect(messages(result.errors).join('\n')).toMatch(problem);
    }
  });

  it('names text for an event the listing does not have', () => {
    const { details } = splitEvents([event, { ...event, id: 'stray' }]);
    const result = joinDetails(listing, details);
    expect(result.dataset.events.map((e) => e.id)).toEqual([event.id]);
    expect(messages(result.errors)).toEqual([
      expect.stringMatching(/stray.*is not an event in data\/timeline\.json/),
    ]);
  });
});
