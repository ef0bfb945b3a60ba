import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { events, factions, people, tenthCongress } from '../../data/fixtures';
import { realDataset } from '../../data/real-dataset.test-support';
import { readCsv } from './read-csv.test-support';
import { QUOTATION_CSV_COLUMNS, quotationsToCsv } from './quotations-csv';

function readBack(list: readonly HistoricalEvent[], who = people): Record<string, string>[] {
  const [header, ...rows] = readCsv(quotationsToCsv(list, factions, who));
  expect(header).toEqual([...QUOTATION_CSV_COLUMNS]);
  return rows.map((row) => Object.fromEntries(QUOTATION_CSV_COLUMNS.map((name, i) => [name, row[i] ?? ''])));
}

describe('quotationsToCsv', () => {
  it('opens with a byte-order mark', () => {
    expect(quotationsToCsv(events, factions, people).startsWith('\uFEFFevent_id,')).toBe(true);
  });

  it('writes one row per quotation of the selection, numbered within its event', () => {
    const rows = readBack(events);
    expect(rows).toHaveLength(events.flatMap((e) => e.passages).length);
    expect(rows.map((r) => [r.event_id, r.quotation_number])).toEqual(
      events.flatMap((e) => e.passages.map((_, i) => [e.id, String(i + 1)])),
    );
  });

  it('gives each quotation its voice, speaker, text and citation', () => {
    const [, lenin] = readBack([tenthCongress]);
    expect(lenin).toMatchObject({
      event_title: 'Tenth Party Congress',
      date: '8–16 March 1921',
      factions: "Party leadership; Workers' Opposition",
      voice: 'Words of the time',
      speaker: 'V. I. Lenin',
      quotation: 'a syndicalist, anarchist deviation',
      citation: 'Lenin, Collected Works, vol. 32, p. 245',
    });
  });

  it('leaves the voice empty where the data cannot tell it (a work cited without a speaker)', () => {
    const unknown: HistoricalEvent = {
      ...tenthCongress,
      passages: [{ quote: 'q', cite: 'Party rules, quoted in Daniels, p. 1', author: 'Daniels', work: 'W' }],
    };
    expect(readBack([unknown])[0]).toMatchObject({ voice: '', speaker: '' });
  });

  it('labels the FAQ’s own words as its argument', () => {
    const faq: HistoricalEvent = {
      ...tenthCongress,
      passages: [{ quote: 'q', cite: 'An Anarchist FAQ, section 3' }],
    };
    expect(readBack([faq])[0]?.voice).toBe('The FAQ’s argument');
  });

  it('counts every quotation of the real dataset', () => {
    const real = realDataset();
    const rows = readCsv(quotationsToCsv(real.events, real.factions, real.people)).slice(1);
    expect(rows).toHaveLength(real.events.reduce((n, e) => n + e.passages.length, 0));
  });
});
