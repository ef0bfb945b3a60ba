import * as z from 'zod/mini';
import { IdSchema } from './schemas';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const IsoDaySchema = z.string().check(z.regex(ISO_DAY, 'must be a YYYY-MM-DD date'));

export const TourStepSchema = z.strictObject({
  /** The event this step shows. */
  event: IdSchema,
  /** 1-based index of the event's passage to feature; the first when absent. */
  passage: z.optional(z.int().check(z.minimum(1, 'counts from 1'))),
  /** The teacher's note, shown to the presenter only. */
  note: z.optional(z.string()),
  /** The stretch of time the timeline strip shows for this step. */
  window: z.optional(z.strictObject({ from: IsoDaySchema, to: IsoDaySchema })),
});
export type TourStep = z.infer<typeof TourStepSchema>;

export const TourSchema = z.strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  steps: z.array(TourStepSchema).check(z.minLength(1, 'a tour needs at least one step')),
});
export type Tour = z.infer<typeof TourSchema>;

export const ToursFileSchema = z.array(TourSchema);
