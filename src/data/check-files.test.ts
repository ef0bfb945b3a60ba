import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDetailsFile, checkListingFiles, listingFilesCheckSteps } from './check-files';
import { runStepsInSlices } from '../lib/steps';
import { detailsChecker } from './checker';
import type { DetailsReply, DetailsRequest } from './check-messages';
import { formatDataError } from './data-error';
import { joinCheckedDetails, type CheckedDetails } from './join-details';
import { splitEvents } from './split-events';
import { rawVoiceOf } from './voice';
import { factions, people, tenthCongress } from './fixtures';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;
const { listing, details } = splitEvents([tenthCongress], rawVoiceOf(people));
const listingFiles = () => ({
  listing: bytesOf(listing),
  factions: bytesOf(factions),
  people: bytesOf(people),
});

describe('checkListingFiles', () => {
  it('reads and checks the three files the first view needs', () => {
    const result = checkListingFiles(listingFiles());
    expect(result.errors).toEqual([]);
    expect(result.dataset.events.map((e) => e.id)).toEqual([tenthCongress.id]);
    expect(result.dataset.factions).toEqual(factions);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const broken = { ...listingFiles(), people: new TextEncoder().encode('[{').buffer };
    expect(() => checkListingFiles(broken)).toThrow('data/people.json is not valid JSON.');
  });

  it('checked in slices, as the page does, gives what it gives at once, pausing between records', async () => {
    const [record] = listing as Record<string, unknown>[];
    const files = {
      ...listingFiles(),
      listing: bytesOf([record, { ...record, id: 'second-event' }, { id: 'broken' }]),
    };
    let pauses = 0;
    const sliced = await runStepsInSlices(listingFilesCheckSteps(files), {
      // Every step its own slice: the most the check is ever cut.
      sliceMs: 0,
      nextTask: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(sliced).toEqual(checkListingFiles(files));
    expect(sliced.dataset.events.map((e) => e.id)).toEqual([tenthCongress.id, 'second-event']);
    expect(sliced.errors.map((e) => e.id)).toContain('broken');
    // A pause after each file read and between records, the three events' included.
    expect(pauses).toBeGreaterThanOrEqual(2 + 2);
  });
});

describe('checkDetailsFile', () => {
  it('checks the text record by record; joined to the listing it gives the events whole', () => {
    const checked = checkDetailsFile(bytesOf(details));
    expect(checked.errors).toEqual([]);
    const joined = joinCheckedDetails(checkListingFiles(listingFiles()).dataset, checked);
    expect(joined.dataset.events.map((e) => e.id)).toEqual([tenthCongress.id]);
    expect(joined.dataset.events[0]?.passages.map((p) => p.quote)).toEqual(
      tenthCongress.passages.map((p) => p.quote),
    );
  });

  it('names a broken record and the file that is not JSON', () => {
    const [text] = details as Record<string, unknown>[];
    const checked = checkDetailsFile(bytesOf([{ ...text, summary: 42 }]));
    expect(checked.details).toEqual([]);
    expect(checked.errors.map(formatDataError)).toEqual([
      expect.stringMatching(/^data\/event-details\.json: tenth-party-congress: summary: /),
    ]);
    expect(() => checkDetailsFile(new TextEncoder().encode('not json').buffer)).toThrow(
      'data/event-details.json is not valid JSON.',
    );
  });
});

/** Stands in for check.worker.ts: answers, fails to start, or stays silent, as a test says. */
class FakeWorker extends EventTarget {
  static behaviour: 'answer' | 'refuse' | 'no-script' | 'crash' = 'answer';
  static instances: FakeWorker[] = [];
  static answer: DetailsReply = { ok: true, checked: { details: [], errors: [] } };
  terminated = false;
  received: DetailsRequest[] = [];

  constructor() {
    super();
    if (FakeWorker.behaviour === 'refuse') throw new DOMException('workers are not allowed', 'SecurityError');
    FakeWorker.instances.push(this);
    // A script that does not load fails at once, before anything is asked of the worker.
    if (FakeWorker.behaviour === 'no-script')
      queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }

  postMessage(request: DetailsRequest): void {
    this.received.push(request);
    queueMicrotask(() => {
      if (FakeWorker.behaviour === 'no-script') return;
      if (FakeWorker.behaviour === 'crash') this.dispatchEvent(new Event('error', { cancelable: true }));
      else this.dispatchEvent(new MessageEvent('message', { data: FakeWorker.answer }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('detailsChecker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
    FakeWorker.behaviour = 'answer';
  });

  const onPage = checkDetailsFile(bytesOf(details));
  const href = 'https://example.org/app/data/event-details.json';
  /** The file where the page fetches it itself, counting how often it does. */
  function source() {
    const fetchOnPage = vi.fn(() => Promise.resolve(bytesOf(details)));
    return { href, fetchOnPage };
  }

  it('fetches and checks on the page where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const file = source();
    await expect(detailsChecker(file)()).resolves.toEqual(onPage);
    expect(file.fetchOnPage).toHaveBeenCalledTimes(1);
  });

  it("sends the worker the file's address, takes its answer and ends it; the page never fetches the file", async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const fromWorker: CheckedDetails = { details: [], errors: [] };
    FakeWorker.answer = { ok: true, checked: fromWorker };
    const file = source();
    await expect(detailsChecker(file)()).resolves.toBe(fromWorker);
    const [worker] = FakeWorker.instances;
    expect(worker?.received).toEqual([{ href }]);
    expect(worker?.terminated).toBe(true);
    expect(file.fetchOnPage).not.toHaveBeenCalled();
  });

  it('rejects with the reason when the worker cannot load or read the file', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    for (const message of [
      'data/event-details.json could not be loaded (HTTP 500).',
      'data/event-details.json is not valid JSON.',
    ]) {
      FakeWorker.answer = { ok: false, message };
      const file = source();
      await expect(detailsChecker(file)()).rejects.toThrow(message);
      expect(file.fetchOnPage).not.toHaveBeenCalled();
    }
  });

  it('fetches and checks on the page when the worker cannot start or fails', async () => {
    for (const behaviour of ['refuse', 'no-script', 'crash'] as const) {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.behaviour = behaviour;
      const check = detailsChecker(source());
      // The page asks later than the worker's failure to start.
      await new Promise((resolve) => setTimeout(resolve));
      await expect(check()).resolves.toEqual(onPage);
    }
    expect(FakeWorker.instances.every((w) => w.terminated)).toBe(true);
  });
});
