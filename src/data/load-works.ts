import { cachedLoader } from '../lib/cached-loader';
import { formatDataError, type DataError } from './data-error';
import { DATA_URLS } from './data-urls';
import { fetchBytes } from './first-view-files';
import { parseRecords } from './validate-dataset';
import { WorkSchema, type Work } from './works';

/**
 * Reads the bibliography's bytes: every work checked against WorkSchema. Unlike the events, a
 * bad work is not dropped quietly: a citation built from half a bibliography would be wrong
 * without saying so, so any problem rejects, naming file, work and field.
 */
export function readWorks(bytes: ArrayBuffer): Work[] {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new Error(`${DATA_URLS.works} is not valid JSON.`);
  }
  const errors: DataError[] = [];
  const works = parseRecords(DATA_URLS.works, raw, WorkSchema, errors);
  if (errors.length > 0) {
    throw new Error(`The bibliography could not be read:\n${errors.map(formatDataError).join('\n')}`);
  }
  return works;
}

/**
 * The works the source text cites (data/works.json), for citations and exports: fetched the
 * first time something asks, never with the first view, then kept; a failed load is tried again
 * on the next call.
 */
export const loadWorks: () => Promise<Work[]> = cachedLoader(async () =>
  readWorks(await fetchBytes(DATA_URLS.works)),
);

/** The works by id, as passages name them (`workId`). */
export const worksById = (works: readonly Work[]): ReadonlyMap<string, Work> =>
  new Map(works.map((work) => [work.id, work]));
