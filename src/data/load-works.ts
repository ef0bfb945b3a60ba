// Stand-in until the data-structure branch's loader is merged (the lead takes that one): the
// same export, the bibliography fetched and checked once, on demand.
import * as z from 'zod/mini';
import { cachedLoader } from '../lib/cached-loader';
import { WorksFileSchema, type Work } from './works';

const WORKS_FILE = 'data/works.json';

export const loadWorks: () => Promise<Work[]> = cachedLoader(async () => {
  const response = await fetch(`${import.meta.env.BASE_URL}${WORKS_FILE}`);
  if (!response.ok) throw new Error(`${WORKS_FILE} could not be loaded (HTTP ${response.status}).`);
  const parsed = WorksFileSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`${WORKS_FILE}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
});
