import { cachedLoader } from '../lib/cached-loader';
import { listingFilesCheckSteps } from './check-files';
import { runStepsInSlices } from '../lib/steps';
import { detailsChecker } from './checker';
import { DATA_URLS } from './data-urls';
import { dataFileHref, fetchBytes, fetchFirstViewFiles } from './first-view-files';
import { joinCheckedDetails } from './join-details';
import type { EventListing } from './schemas';
import type { DatasetResult } from './validate-dataset';

/**
 * Resolves in a task of its own, at the priority given; where postTask is missing, after other
 * tasks. Work after it is a task apart from the work before it, each short enough not to hold up
 * a tap.
 */
function nextTask(priority: TaskPriority = 'user-visible'): Promise<void> {
  if ('scheduler' in globalThis) return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => setTimeout(resolve));
}

export interface DatasetLoad {
  /** What the timeline draws (data/timeline.json), with the factions and people, checked. */
  listing: Promise<DatasetResult<EventListing>>;
  /**
   * The events whole, their text (data/event-details.json) joined on: fetched and checked in a
   * worker once the listing is in, so it never competes with it. Its errors are only those the
   * listing did not have.
   */
  dataset: Promise<DatasetResult>;
}

// The listing is checked on the page: in a worker, handing 10,000 checked records back cost
// as much as checking them, and the first draw waits for them either way. A worker that named
// the records to keep, the page reading the file itself, was slower still (10,000 events, data
// ready in 885 against 758 ms, npm run bench:compare, 8 pairs): its fresh heap and the file
// read twice outweigh the page's slices.
const loadListing = cachedLoader(async () => {
  const files = await fetchFirstViewFiles();
  // Not on in the task that evaluated the app's modules (the files often arrive first): together
  // they were a quarter of a second on a throttled phone. Then in slices a task apart, not in
  // one: alone, the check of the 97 events' listing was a task of 150–180 ms on a throttled phone.
  await nextTask();
  return runStepsInSlices(listingFilesCheckSteps(files), { nextTask });
});

const loadDetails = cachedLoader(async () => {
  const { dataset: checked } = await loadListing();
  // Its script loads while the page waits for idle.
  const checkDetails = detailsChecker({
    href: dataFileHref(DATA_URLS.details),
    fetchOnPage: () => fetchBytes(DATA_URLS.details),
  });
  // Even in a worker the load and check would compete with the first draw for the processor (a
  // phone has few cores): they start once the browser has nothing more urgent to do.
  await nextTask('background');
  const joined = joinCheckedDetails(checked, await checkDetails());
  // The views redraw with the text in a task after the join's, not in the same one.
  await nextTask();
  return joined;
});

/**
 * Loads and checks the dataset, once per page however often it is asked (main.tsx starts it
 * before React; boot.ts has already asked for the files); a file that failed is asked for again
 * by the next call. Invalid records are dropped and reported; only a file that cannot be read
 * at all rejects. Quotations were proven against the source at build time.
 */
export function loadDataset(): DatasetLoad {
  const listing = loadListing();
  return { listing, dataset: loadDetails() };
}
