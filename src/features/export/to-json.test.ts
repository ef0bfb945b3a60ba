import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { eventsToJson } from './to-json';
import { withoutNames } from './without-names.test-support';
import { approximateYear, events, factions, people, tenthCongress } from '../../data/fixtures';

const toJson = (list: readonly HistoricalEvent[]) => eventsToJson(list, factions, people);

describe('eventsToJson', () => {
  it('round-trips: parsing the export, less the names, gives back the events', () => {
    expect(withoutNames(toJson(events))).toEqual(events);
  });

  it('names factions and people beside their ids, in the same order', () => {
    const [event] = JSON.parse(toJson([tenthCongress])) as Record<string, unknown>[];
    expect(event).toMatchObject({
      factions: ['party-leadership', 'workers-opposition'],
      factionNames: ['Party leadership', "Workers' Opposition"],
      people: ['lenin', 'shlyapnikov'],
      peopleNames: ['V. I. Lenin', 'Alexander Shlyapnikov'],
    });
  });

  it('pretty-prints with two spaces and ends with a newline, as data/events.json', () => {
    const json = toJson([tenthCongress]);
    expect(json.startsWith('[\n  {\n    "id": "tenth-party-congress",')).toBe(true);
    expect(json.endsWith('}\n]\n')).toBe(true);
  });

  it('writes keys in the schema’s order whatever order the object was built in', () => {
    const shuffled = {
      note: 'n',
      passages: [{ pages: 'p. 1', cite: 'c', quote: 'q' }],
      summary: 's',
      people: [],
      factions: ['f'],
      kind: 'congress',
      end: '1921-03-16',
      start: '1921-03-08',
      title: 't',
      id: 'x',
    } satisfies HistoricalEvent;
    const [event] = JSON.parse(toJson([shuffled])) as Record<string, unknown>[];
    expect(Object.keys(event ?? {})).toEqual([
      'id',
      'title',
      'start',
      'end',
      'kind',
      'factions',
      'factionNames',
      'people',
      'peopleNames',
      'summary',
      'passages',
      'note',
    ]);
    expect(Object.keys(shuffledPassage(event))).toEqual(['quote', 'cite', 'pages']);
  });

  it('leaves out optional fields that are absent, and writes an empty list for no events', () => {
    const json = toJson([approximateYear]);
    for (const key of ['"end"', '"note"', '"sourceDate"']) expect(json).not.toContain(key);
    expect(toJson([])).toBe('[]\n');
  });
});

function shuffledPassage(event: Record<string, unknown> | undefined): Record<string, unknown> {
  const passages = event?.passages as Record<string, unknown>[] | undefined;
  return passages?.[0] ?? {};
}
