// The works the source text cites, as data/works.json holds them: CSL-JSON items (the format
// citeproc and Zotero read), of the fields this project fills, so they go to a citation
// processor and to BibTeX, RIS and CSL-JSON exports unchanged.
import * as z from 'zod/mini';
import { IdSchema } from './schemas';

const NonEmpty = z.string().check(z.minLength(1));

/** A person's name as CSL-JSON writes it; `literal` for an organisation or a collective. */
const CslNameSchema = z.union([
  z.strictObject({ family: NonEmpty, given: z.optional(NonEmpty) }),
  z.strictObject({ literal: NonEmpty }),
]);

export const WORK_TYPES = [
  'book',
  'chapter',
  'article-journal',
  'article-newspaper',
  'article-magazine',
  'pamphlet',
  'report',
  'webpage',
  'manuscript',
] as const;

export const WorkSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(WORK_TYPES),
  title: NonEmpty,
  author: z.optional(z.array(CslNameSchema)),
  editor: z.optional(z.array(CslNameSchema)),
  translator: z.optional(z.array(CslNameSchema)),
  /** The book a chapter is in, the journal or paper an article is in. */
  'container-title': z.optional(NonEmpty),
  'collection-title': z.optional(NonEmpty),
  publisher: z.optional(NonEmpty),
  'publisher-place': z.optional(NonEmpty),
  /** The year (and month, day where known) of the edition the source text cites. */
  issued: z.optional(z.strictObject({ 'date-parts': z.array(z.array(z.int()).check(z.minLength(1))) })),
  volume: z.optional(NonEmpty),
  /** A journal's issue number, for an article. */
  issue: z.optional(NonEmpty),
  /** The pages an article or chapter fills in its container ("1-29"); a quotation's own pages are the passage's. */
  page: z.optional(NonEmpty),
  edition: z.optional(NonEmpty),
  URL: z.optional(NonEmpty),
});
export type Work = z.infer<typeof WorkSchema>;

export const WorksFileSchema = z.array(WorkSchema);
