import * as z from 'zod/mini';
import { ID_PATTERN, IdSchema } from './schemas';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const IsoDaySchema = z.string().check(z.regex(ISO_DAY, 'must be a YYYY-MM-DD date'));

/** `<faction>:<question>`, as the compare view's `cell=` writes it: two kebab-case ids. */
const CELL_REF = new RegExp(`^${ID_PATTERN.source.slice(1, -1)}:${ID_PATTERN.source.slice(1, -1)}$`);
const CellRefSchema = z
  .string()
  .check(z.regex(CELL_REF, 'must name a compare cell as <faction>:<question> (two kebab-case ids)'));

/** 1-based index of the event's passage to feature. */
const PassageIndexSchema = z.int().check(z.minimum(1, 'counts from 1'));

const STEP_FIELDS = {
  /** The event this step shows. */
  event: IdSchema,
  /** 1-based index of the event's passage to feature; the first when absent. */
  passage: z.optional(PassageIndexSchema),
  /** The teacher's note, shown to the presenter only. */
  note: z.optional(z.string()),
  /** The stretch of time the timeline strip shows for this step. */
  window: z.optional(z.strictObject({ from: IsoDaySchema, to: IsoDaySchema })),
  /** A compare cell the slide features ("who stood where"): `left-communists:one-man-management`. */
  cell: z.optional(CellRefSchema),
};

/** A step as the app holds it: its passage by position, resolved from the file (validate-tours.ts). */
export const TourStepSchema = z.strictObject(STEP_FIELDS);
export type TourStep = z.infer<typeof TourStepSchema>;

const TOUR_FIELDS = {
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
};
const STEPS_NEEDED = 'a tour needs at least one step';

export const TourSchema = z.strictObject({
  ...TOUR_FIELDS,
  steps: z.array(TourStepSchema).check(z.minLength(1, STEPS_NEEDED)),
});
export type Tour = z.infer<typeof TourSchema>;

/**
 * A step as a tour file writes it. Its passage is named by position (teachers' saved tours and
 * files) or by the opening words of its quote (data/tours.json): a position silently points at
 * another quotation when the event's passages change, words either still find theirs or fail
 * the validator.
 */
export const TourFileStepSchema = z.strictObject({
  ...STEP_FIELDS,
  passage: z.optional(z.union([PassageIndexSchema, z.string().check(z.minLength(1))])),
});
export type TourFileStep = z.infer<typeof TourFileStepSchema>;

export const TourFileSchema = z.strictObject({
  ...TOUR_FIELDS,
  steps: z.array(TourFileStepSchema).check(z.minLength(1, STEPS_NEEDED)),
});

export const ToursFileSchema = z.array(TourFileSchema);
