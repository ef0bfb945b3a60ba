import { describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import { createSearchIndex } from '../../lib/search/search-index';
import { findEvents } from './find-events';

const { events, factions, people } = realDataset();
const search = createSearchIndex(events, factions, people);
const miasnikov = people.find((p) => p.name.includes('Miasnikov'));
const hisEvents = events.filter((e) => miasnikov && e.people.includes(miasnikov.id));

describe('findEvents', () => {
  it('finds Miasnikov’s events under the spelling “Myasnikov”, as the main search does', () => {
    expect(hisEvents.length).toBeGreaterThan(0);
    const found = findEvents(events, 'Myasnikov', search).events.map((e) => e.id);
    for (const e of hisEvents) expect(found).toContain(e.id);
  });

  it('folds accents and case as the main search does', () => {
    expect(findEvents(events, 'KRONŠTADT', search).events.map((e) => e.id)).toEqual(
      findEvents(events, 'kronstadt', search).events.map((e) => e.id),
    );
    expect(findEvents(events, 'kronstadt', search).events.length).toBeGreaterThan(0);
  });

  it('keeps the events in date order, whatever order the search ranks them in', () => {
    const found = findEvents(events, 'opposition', search).events;
    const positions = found.map((e) => events.indexOf(e));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('offers first the event whose title has the words typed, not the earliest that mentions them', () => {
    const found = findEvents(events, 'Tenth Party Congress', search);
    expect(found.events[0]?.id).not.toBe('tenth-party-congress');
    expect(found.best).toBe('tenth-party-congress');
    expect(findEvents(events, '1921-03', search).best).toBe(
      events.find((e) => e.start.startsWith('1921-03'))?.id,
    );
    expect(findEvents(events, 'zzzzzz', search).best).toBeNull();
  });

  it('finds events by the date they begin, typed as in the data', () => {
    const march1921 = events.filter((e) => e.start.startsWith('1921-03'));
    expect(march1921.length).toBeGreaterThan(0);
    expect(findEvents(events, '1921-03', search).events.map((e) => e.id)).toEqual(
      expect.arrayContaining(march1921.map((e) => e.id)),
    );
  });

  it('offers every event for an empty query and while the search code is loading', () => {
    expect(findEvents(events, '  ', search).events).toBe(events);
    expect(findEvents(events, 'Myasnikov', null).events).toBe(events);
  });
});
