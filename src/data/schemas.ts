import { z } from 'zod';
import { parseDate } from '../dates';

/** Lower-case words joined by single hyphens: stable ids that read well in a URL. */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(KEBAB, 'must be kebab-case (lower-case words joined by hyphens)');

/** An EDTF level 0/1 date in New Style: "1921", "1921-03", "1921-03-08", optionally with ~ or ?. */
export const EdtfDateSchema = z
  .string()
  .refine((value) => parseDate(value) !== null, {
    message: 'is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ or ?)',
  })
  .meta({
    description: 'EDTF level 0/1 date, New Style (Gregorian): 1921, 1921-03, 1921-03-08, 1926~, 1923-09?',
  });

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

export const PassageSchema = z.object({
  /** Verbatim from the source text once its emphasis markers are stripped and white space folded. */
  quote: z.string().min(1),
  /** The citation the source gives, with "Op. Cit." resolved: "Robert V. Daniels, The Conscience of the Revolution, p. 87". */
  cite: z.string().min(1),
  /** Person id of whose words these are (an author quoting themselves included); absent for collective texts and the FAQ's narration. */
  speaker: IdSchema.optional(),
  /** The cited work's author, for citations in Chicago style. */
  author: z.string().min(1).optional(),
  /** The cited work's title, as the source gives it. */
  work: z.string().min(1).optional(),
  /** "p. 87", "pp. 136-7". */
  pages: z.string().min(1).optional(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const EventSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  start: EdtfDateSchema,
  /** Present for periods and for happenings lasting several days. */
  end: EdtfDateSchema.optional(),
  kind: EventKindSchema,
  /** The first faction is the lane the event is drawn in. */
  factions: z.array(IdSchema).min(1),
  people: z.array(IdSchema),
  /** The project's own words; where it carries the source's argument, it says so. */
  summary: z.string().min(1),
  passages: z.array(PassageSchema).min(1, 'needs at least one passage from the source text'),
  /** How the source text dates the event, where that differs from the record. */
  sourceDate: z.string().min(1).optional(),
  /** The historian's note: why the date differs from the source, or other caveats. */
  note: z.string().min(1).optional(),
});
export type HistoricalEvent = z.infer<typeof EventSchema>;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export const FactionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Short label for lanes and chips on narrow screens. */
  shortName: z.string().min(1),
  /** Lane and chip colour; text on it is white, so it must be dark enough for 4.5:1. */
  colour: z.string().regex(HEX_COLOUR, 'must be a #rrggbb colour'),
  start: EdtfDateSchema,
  end: EdtfDateSchema,
  /** Who they were, in the project's own words. */
  summary: z.string().min(1),
  /** Their stance in one sentence, in the project's own words. */
  stance: z.string().min(1),
});
export type Faction = z.infer<typeof FactionSchema>;

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Other transliterations and names, so a search for "Myasnikov" finds Miasnikov. */
  aliases: z.array(z.string().min(1)).default([]),
  factions: z.array(IdSchema),
  role: z.string().min(1),
  born: z.number().int().optional(),
  died: z.number().int().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const EventsFileSchema = z.array(EventSchema);
export const FactionsFileSchema = z.array(FactionSchema);
export const PeopleFileSchema = z.array(PersonSchema);
