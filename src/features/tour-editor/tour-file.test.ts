// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { Tour } from '../../data/tour-schema';
import * as download from '../../lib/download';
import { parseTourFile } from '../../data/parse-tour-file';
import { alreadySaved, exportTour, readTourFile, saveTours, tourFileName, tourToJson } from './tour-file';
import { STORE_KEY } from '../../state/saved-tours-storage';
import { resetSavedTours, toursInStorage } from '../../state/saved-tours.test-support';

const { events } = realDataset();
const first = events[0];
const second = events[1];
if (!first || !second) throw new Error('the dataset needs two events');
const tour: Tour = {
  id: 'my-tour',
  title: 'My tour',
  steps: [{ event: first.id, note: 'Start here' }, { event: second.id }],
};
const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });

/** A file chosen and imported without a question: read, then saved beside what is there. */
async function importTourFile(f: ReturnType<typeof file>, evts: typeof events, reserved: string[] = []) {
  const read = await readTourFile(f, evts);
  return read.error !== null
    ? { imported: [], error: read.error }
    : saveTours(read.tours, reserved, 'keep-both');
}

describe('tour files', () => {
  beforeEach(() => resetSavedTours());

  it('exports a tour through the shared download helper', () => {
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    exportTour(tour);
    expect(spy).toHaveBeenCalledWith('my-tour.tour.json', tourToJson(tour), 'application/json');
    expect(tourFileName(tour)).toBe('my-tour.tour.json');
  });

  it('round-trips an exported tour', async () => {
    const result = await importTourFile(file('my-tour.tour.json', tourToJson(tour)), events);
    expect(result.error).toBeNull();
    expect(result.imported).toEqual([tour]);
    expect(toursInStorage()).toEqual([tour]);
  });

  it('saves all of a file’s tours or none: a second tour that does not fit leaves the first unsaved too', async () => {
    resetSavedTours([tour]);
    const before = localStorage.getItem(STORE_KEY);
    const big: Tour = { ...tour, id: 'too-big', title: 'Too big for the storage left' };
    // The browser has room for one more tour, not two.
    const write = localStorage.setItem.bind(localStorage);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key, value) => {
      if (value.includes('too-big'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      write(key, value);
    });
    const text = JSON.stringify([{ ...tour, id: 'fits', title: 'Fits' }, big]);
    const result = await importTourFile(file('two.json', text), events);
    setItem.mockRestore();
    expect(result).toEqual({
      imported: [],
      error: 'The tours could not be saved (the browser refused or is full).',
    });
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
  });

  it('gives an imported tour whose id exists a new id', async () => {
    resetSavedTours([tour]);
    const result = await importTourFile(file('a.json', tourToJson(tour)), events);
    expect(result.imported[0]?.id).toMatch(/^my-tour-[a-z0-9]{4}$/);
    expect(toursInStorage()).toHaveLength(2);
    const builtIn = await importTourFile(file('b.json', tourToJson({ ...tour, id: 'built' })), events, [
      'built',
    ]);
    expect(builtIn.imported[0]?.id).not.toBe('built');
  });

  it('finds the tours a file holds that are saved already, and replaces them when asked', () => {
    resetSavedTours([tour]);
    const revised = { ...tour, title: 'My tour, revised' };
    expect(alreadySaved([revised, { ...tour, id: 'new-one' }])).toEqual([revised]);
    expect(saveTours([revised], [], 'replace')).toEqual({ imported: [revised], error: null });
    expect(toursInStorage()).toEqual([revised]);
  });

  it('keeps both when asked, the second under a new id', () => {
    resetSavedTours([tour]);
    const result = saveTours([tour], [], 'keep-both');
    expect(result.imported[0]?.id).toMatch(/^my-tour-[a-z0-9]{4}$/);
    expect(toursInStorage()).toHaveLength(2);
  });

  it('counts a second tour in a file from 1 when it has no id', () => {
    const parsed = parseTourFile('t.json', JSON.stringify([tour, { title: 'No id', steps: [] }]), events);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^t\.json: tour 2: field “id”: /m);
  });

  it('names the file, tour and field of an unknown event, touching nothing saved', async () => {
    resetSavedTours([tour]);
    const before = localStorage.getItem(STORE_KEY);
    const bad = { ...tour, id: 'bad-tour', steps: [{ event: 'no-such-event' }] };
    const result = await importTourFile(file('bad.json', JSON.stringify(bad)), events);
    expect(result.error).toBe(
      'bad.json: tour “bad-tour”: step 1, field “event”: unknown event "no-such-event"',
    );
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
  });

  it('rejects a file that is not JSON, or breaks the schema', () => {
    expect(parseTourFile('notes.txt', 'hello', events)).toEqual({
      ok: false,
      error: 'notes.txt: is not a JSON file, so it holds no tour.',
    });
    // Some other JSON file: said so in one line, not as a tour's missing fields.
    for (const other of [{ hello: 'world' }, [1, 2], ['a'], { name: 'package', version: '1.0.0' }])
      expect(parseTourFile('other.json', JSON.stringify(other), events)).toEqual({
        ok: false,
        error:
          'other.json: is a JSON file, but not a tour file: a tour has a title and steps, and nothing in it does.',
      });
    const noSteps = parseTourFile('x.json', JSON.stringify({ id: 'x', title: 'X', steps: [] }), events);
    expect(noSteps.ok).toBe(false);
    if (!noSteps.ok) expect(noSteps.error).toMatch(/^x\.json: tour “x”: field “steps”: /);
    const passage = parseTourFile(
      'p.json',
      JSON.stringify({ id: 'p', title: 'P', steps: [{ event: first.id, passage: 99 }] }),
      events,
    );
    expect(passage.ok).toBe(false);
    if (!passage.ok) expect(passage.error).toMatch(/^p\.json: tour “p”: step 1, field “passage”: /);
  });
});
