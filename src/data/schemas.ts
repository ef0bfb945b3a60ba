// zod/mini: the same validation as zod with a tree-shakable API, a fraction of the bytes in the
// browser bundle, where the dataset is checked on every load.
import * as z from 'zod/mini';
import { parseDate } from '../dates';

const NonEmpty = z.string().check(z.minLength(1));

/** Lower-case words joined by single hyphens: stable ids that read well in a URL. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'must be kebab-case (lower-case words joined by hyphens)'));

/** An EDTF level 0/1 date in New Style: "1921", "1921-03", "1921-03-08", optionally with ~ or ?. */
export const EdtfDateSchema = z.string().check(
  // The pattern is for editors (it lands in the JSON Schema); the refine is the real check.
  z.regex(
    /^\d{4}(-\d{2}(-\d{2})?)?[~?%]?$/,
    'is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ or ?)',
  ),
  z.refine((value) => parseDate(value) !== null, {
    message: 'is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ or ?)',
  }),
);

export const EVENT_KINDS = [
  'congress',
  'conference',
  'publication',
  'statement',
  'resolution',
  'repression',
  'formation',
  'dissolution',
  'policy',
  'uprising',
  'strike',
  'treaty',
  'international',
  'death',
  'period',
  'negotiation',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * Whose voice a quotation is (see voice.ts): words of the time (a participant or witness of the
 * years 1907–1937, a congress's resolution), later scholarship or commentary (a historian), or
 * the FAQ's own argument. A class must always be able to tell them apart.
 */
export const VOICES = ['participant', 'historian', 'faq'] as const;
export const VoiceSchema = z.enum(VOICES);
export type Voice = z.infer<typeof VoiceSchema>;

/**
 * The sections of the source text, by number as its table of contents gives them; 0 is the
 * introduction before section 1.
 */
export const FAQ_SECTIONS = [0, 1, 2, 3, 4] as const;

export const PassageSchema = z.object({
  /** Verbatim from the source text once its emphasis markers are stripped and white space folded. */
  quote: NonEmpty,
  /** The citation the source gives, with "Op. Cit." resolved: "Robert V. Daniels, The Conscience of the Revolution, p. 87". */
  cite: NonEmpty,
  /** Person id of whose words these are (an author quoting themselves included); absent for collective texts and the FAQ's narration. */
  speaker: z.optional(IdSchema),
  /** The cited work's author, for citations in Chicago style. */
  author: z.optional(NonEmpty),
  /** The cited work's title, as the source gives it. */
  work: z.optional(NonEmpty),
  /** "p. 87", "pp. 136-7". */
  pages: z.optional(NonEmpty),
  /** The cited work in data/works.json, whose details (place, publisher, year) citations use. */
  workId: z.optional(IdSchema),
  /**
   * Whose voice, stated only where it cannot be derived (voice.ts): a collective text of the time
   * (a resolution, a platform) has no speaker and is `participant`.
   */
  voice: z.optional(VoiceSchema),
  /** For the FAQ's own words: the section of the source text they stand in (validated). */
  faqSection: z.optional(z.union(FAQ_SECTIONS.map((n) => z.literal(n)))),
});
export type Passage = z.infer<typeof PassageSchema>;

/**
 * The longest name the timeline writes beside an event's dot. A name sits beside its dot in the
 * lane, so a long one covers the events after it at the zooms readers use (titles run to 68
 * characters); with every name this short, the timeline can lay out labels knowing their width.
 */
export const TIMELINE_NAME_MAX_LENGTH = 26;

/** The name the timeline draws for an event: its short title where it has one. */
export const timelineName = (event: { title: string; shortTitle?: string | undefined }): string =>
  event.shortTitle ?? event.title;

/**
 * What the timeline draws of an event: the fields the first view needs, in the order
 * data/events.json writes them (exports follow this order).
 */
const EVENT_HEAD_FIELDS = {
  id: IdSchema,
  title: NonEmpty,
  /**
   * The name the timeline writes beside the event, where the title is too long to fit among its
   * neighbours: the project's own words, never contradicting the title. The title stays the
   * event's name everywhere else (panel, list, tooltip, screen readers).
   */
  shortTitle: z.optional(
    NonEmpty.check(
      z.maxLength(TIMELINE_NAME_MAX_LENGTH, `must be at most ${TIMELINE_NAME_MAX_LENGTH} characters`),
    ),
  ),
  /**
   * A key event: one of the turning points the timeline keeps named at every zoom, before any
   * other event is given room for its name.
   */
  landmark: z.optional(z.boolean()),
  start: EdtfDateSchema,
  /** Present for periods and for happenings lasting several days. */
  end: z.optional(EdtfDateSchema),
  kind: EventKindSchema,
  /** Without a faction filter, the first faction is the lane the event is drawn in. */
  factions: z.array(IdSchema).check(z.minLength(1)),
  people: z.array(IdSchema),
};

const PASSAGES_NEEDED = 'needs at least one passage from the source text';

/** What only an event's panel, the list, search and export read: its text. */
const EVENT_DETAIL_FIELDS = {
  /** The project's own words; where it carries the source's argument, it says so. */
  summary: NonEmpty,
  passages: z.array(PassageSchema).check(z.minLength(1, PASSAGES_NEEDED)),
  /** How the source text dates the event, where that differs from the record. */
  sourceDate: z.optional(NonEmpty),
  /** The historian's note: why the date differs from the source, or other caveats. */
  note: z.optional(NonEmpty),
};

/** One event as data/events.json holds it. */
export const EventSchema = z.strictObject({ ...EVENT_HEAD_FIELDS, ...EVENT_DETAIL_FIELDS });
export type HistoricalEvent = z.infer<typeof EventSchema>;

/**
 * An event as the first view loads it (data/timeline.json, made from data/events.json by the
 * build): its text left out, its passages reduced to who speaks in them and in whose voice, which
 * the person and voice filters read. A full event is one too, so everything that only draws or
 * filters takes either.
 */
export const EventListingSchema = z.strictObject({
  ...EVENT_HEAD_FIELDS,
  passages: z
    .array(z.strictObject({ speaker: z.optional(IdSchema), voice: z.optional(VoiceSchema) }))
    .check(z.minLength(1, PASSAGES_NEEDED)),
});
export type EventListing = z.infer<typeof EventListingSchema>;

/** An event's text, loaded after the first draw (data/event-details.json), joined by id. */
export const EventDetailsSchema = z.strictObject({ id: IdSchema, ...EVENT_DETAIL_FIELDS });
export type EventDetails = z.infer<typeof EventDetailsSchema>;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const HexColourSchema = z
  .string({ error: 'must be a #rrggbb colour' })
  .check(z.regex(HEX_COLOUR, 'must be a #rrggbb colour'));

export const FactionSchema = z.strictObject({
  id: IdSchema,
  name: NonEmpty,
  /** Short label for lanes and chips on narrow screens. */
  shortName: NonEmpty,
  /** Lane and chip colour; text on it is white, so it must be dark enough for 4.5:1. */
  colour: HexColourSchema,
  /**
   * The same faction's colour in the dark theme, of the same hue so a reader switching theme
   * still knows it: light enough to stand out on the dark page, with dark text on it.
   */
  colourDark: HexColourSchema,
  start: EdtfDateSchema,
  end: EdtfDateSchema,
  /** Who they were, in the project's own words. */
  summary: NonEmpty,
  /** Their stance in one sentence, in the project's own words. */
  stance: NonEmpty,
});
export type Faction = z.infer<typeof FactionSchema>;

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: NonEmpty,
  /** Other transliterations and names, so a search for "Myasnikov" finds Miasnikov. */
  aliases: z._default(z.array(NonEmpty), []),
  factions: z.array(IdSchema),
  role: NonEmpty,
  /**
   * Whose voice their words are: `participant` for those who took part in or witnessed the years
   * 1907–1937 (memoirs of them included), `historian` for later scholars and commentators.
   */
  voice: z.enum(['participant', 'historian'], { error: 'must be "participant" or "historian"' }),
  born: z.optional(z.int()),
  died: z.optional(z.int()),
});
export type Person = z.infer<typeof PersonSchema>;

export const EventsFileSchema = z.array(EventSchema);
export const FactionsFileSchema = z.array(FactionSchema);
export const PeopleFileSchema = z.array(PersonSchema);
