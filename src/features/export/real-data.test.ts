import { describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import { readRawDataset } from '../../../scripts/read-dataset';
import { readCsv } from './read-csv.test-support';
import { CSV_COLUMNS, eventsToCsv } from './to-csv';
import { eventsToJson } from './to-json';
import { withoutNames } from './without-names.test-support';
import { eventsToTimelineJs } from './to-timelinejs';

// The real dataset, as the app loads it: the exports must hold up on every record, not only on fixtures.
const { events, factions, people } = realDataset();

describe('exports of the whole dataset', () => {
  it('has events to export', () => {
    expect(events.length).toBeGreaterThan(50);
  });

  it('CSV parses back into a header and one full row per event, text unchanged', () => {
    const [header, ...rows] = readCsv(eventsToCsv(events, factions, people));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length);
    rows.forEach((row, i) => {
      const event = events[i];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      // No real title or summary starts like a formula, so none gains an apostrophe.
      expect(row.slice(0, 2)).toEqual([event?.id, event?.title]);
      expect(row[CSV_COLUMNS.indexOf('summary')]).toBe(event?.summary);
    });
  });

  it('JSON parses back, less the names it adds, into the loaded events, fields in the order of data/events.json', () => {
    const exported = withoutNames(eventsToJson(events, factions, people));
    expect(exported).toEqual(events);
    const file = readRawDataset().events as Record<string, unknown>[];
    const fileOrder = new Map(file.map((e) => [e.id, Object.keys(e)]));
    for (const event of exported) expect(Object.keys(event)).toEqual(fileOrder.get(event.id));
  });

  it('TimelineJS has a slide per event and no markup from the data', () => {
    const doc = eventsToTimelineJs(events, factions, people, 'All events');
    expect(doc.events).toHaveLength(events.length);
    const tags = new Set(JSON.stringify(doc).match(/<\/?[a-z]+/g));
    expect([...tags].sort()).toEqual(['</blockquote', '</p', '<blockquote', '<p']);
  });
});
