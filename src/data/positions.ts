// The compare matrix (PRODUCT.md view 6), as data/positions.json holds it: the questions the
// source text argues over, the factions compared on them (in timeline order), and one cell per
// faction × question. A cell's stance is the project's own words; what stands behind it is the
// source's, named by event and quotation so its voice and citation come from that event's passage
// (one copy of each quotation's details: the event's).
import * as z from 'zod/mini';
import { IdSchema } from './schemas';

const NonEmpty = z.string().check(z.minLength(1));

export const QuestionSchema = z.strictObject({
  /** Kebab-case, as `cell=<faction>:<question>` names it in a link. */
  id: IdSchema,
  /** The row's heading: "One-man management". */
  name: NonEmpty,
  /** The question in full, in our words: "Should a single appointed manager run each factory?" */
  question: NonEmpty,
});
export type Question = z.infer<typeof QuestionSchema>;

/**
 * A quotation behind a cell: one of the passages of `event` (the whole quote or a part of it,
 * verbatim), which must be one of the cell's events. Its voice, speaker and citation are that
 * passage's.
 */
export const CellPassageSchema = z.strictObject({
  event: IdSchema,
  quote: NonEmpty,
});
export type CellPassage = z.infer<typeof CellPassageSchema>;

export const CellSchema = z.strictObject({
  faction: IdSchema,
  question: IdSchema,
  /**
   * Where the faction stood, in one sentence of our own words; absent where the text does not
   * say. Never the FAQ's judgement of them: that is a passage in the FAQ's voice.
   */
  stance: z.optional(NonEmpty),
  /** The events the cell's passages come from and that show the stance in action. */
  events: z.array(IdSchema),
  passages: z.array(CellPassageSchema),
});
export type Cell = z.infer<typeof CellSchema>;

export const PositionsFileSchema = z.strictObject({
  questions: z.array(QuestionSchema).check(z.minLength(1)),
  /** The matrix's columns without a faction filter, in timeline order (by the faction's start). */
  factions: z.array(IdSchema).check(z.minLength(1)),
  cells: z.array(CellSchema),
});
export type Positions = z.infer<typeof PositionsFileSchema>;

/** What a cell shows where the text is silent. */
export const SILENT_STANCE = 'The text does not say.';

/** `cell=<faction>:<question>` in a link. */
export const cellKey = (cell: { faction: string; question: string }): string =>
  `${cell.faction}:${cell.question}`;

/** White space folded, as the source is compared (quotes are verbatim; only spacing may differ). */
const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The passage of an event that a cell's quotation is taken from: the passage whose quote holds
 * the cell's words, verbatim. Its position (0-based) is what "read in context" and tours use.
 */
export function findCellPassage<P extends { quote: string }>(
  event: { passages: readonly P[] },
  quote: string,
): { passage: P; index: number } | undefined {
  const words = foldSpace(quote);
  const index = event.passages.findIndex((p) => foldSpace(p.quote).includes(words));
  const passage = event.passages[index];
  return passage ? { passage, index } : undefined;
}
