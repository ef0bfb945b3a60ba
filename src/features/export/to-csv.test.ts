import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { readCsv } from './read-csv.test-support';
import { CSV_COLUMNS, eventsToCsv, neutraliseFormula, quoteCsvField } from './to-csv';
import { approximateYear, beforeReform, events, factions, people, tenthCongress } from '../../data/fixtures';

/** The exported table as records keyed by column, read back by an independent CSV reader. */
function readBack(list: readonly HistoricalEvent[]): Record<string, string>[] {
  const [header, ...rows] = readCsv(eventsToCsv(list, factions, people));
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

function only(list: readonly HistoricalEvent[]): Record<string, string> {
  const [row] = readBack(list);
  if (!row) throw new Error('no row');
  return row;
}

describe('quoteCsvField', () => {
  it('leaves a plain field bare', () => {
    expect(quoteCsvField('Tenth Party Congress')).toBe('Tenth Party Congress');
  });

  it('quotes a field holding a comma, a CR or a LF', () => {
    expect(quoteCsvField('Lenin, Trotsky')).toBe('"Lenin, Trotsky"');
    expect(quoteCsvField('one\ntwo')).toBe('"one\ntwo"');
    expect(quoteCsvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('quotes a field holding a quote and doubles the quote', () => {
    expect(quoteCsvField('not a "debating society"')).toBe('"not a ""debating society"""');
  });
});

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes %j with an apostrophe so a spreadsheet shows it as text',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it('leaves text that merely contains those characters alone', () => {
    expect(neutraliseFormula('1 + 1 = 2, said @lenin')).toBe('1 + 1 = 2, said @lenin');
  });
});

describe('eventsToCsv', () => {
  it('writes a header and one CRLF-ended line per event', () => {
    const csv = eventsToCsv([approximateYear], factions, people);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('opens with a byte-order mark, so Excel on Windows reads it as UTF-8', () => {
    const bytes = new TextEncoder().encode(eventsToCsv(events, factions, people));
    expect([...bytes.slice(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 'i'.charCodeAt(0), 'd'.charCodeAt(0)]);
  });

  it('writes only the header for no events', () => {
    expect(readCsv(eventsToCsv([], factions, people))).toEqual([[...CSV_COLUMNS]]);
  });

  it('reads back as a header and one row per event', () => {
    const table = readCsv(eventsToCsv(events, factions, people));
    expect(table).toHaveLength(1 + events.length);
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    for (const row of table) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(table.slice(1).map((row) => row[0])).toEqual(events.map((e) => e.id));
  });

  it('writes the dates raw, in words and, before 14 February 1918, in Old Style', () => {
    expect(only([tenthCongress])).toMatchObject({
      start: '1921-03-08',
      end: '1921-03-16',
      date: '8–16 March 1921',
      old_style_date: '',
    });
    expect(only([approximateYear])).toMatchObject({ end: '', date: 'c. 1926', old_style_date: '' });
    expect(only([beforeReform]).old_style_date).toBe('8 January 1918');
  });

  it('names factions and people in the event’s order, joined with semicolons', () => {
    expect(only([tenthCongress])).toMatchObject({
      factions: "Party leadership; Workers' Opposition",
      people: 'V. I. Lenin; Alexander Shlyapnikov',
    });
    expect(only([approximateYear]).people).toBe('');
  });

  it('keeps an id it cannot name rather than dropping it', () => {
    expect(only([{ ...approximateYear, people: ['nobody-known'] }]).people).toBe('nobody-known');
  });

  it('puts every quotation in one cell, blank-line separated, with citations in the same order', () => {
    const row = only([tenthCongress]);
    expect(row.quotations).toBe(
      'the party is "not a debating society"\n\na syndicalist, anarchist deviation',
    );
    expect(row.citations).toBe(
      'Daniels, The Conscience of the Revolution, p. 145\n\nLenin, Collected Works, vol. 32, p. 245',
    );
  });

  it('writes the source date and the note, or empty cells', () => {
    expect(only([beforeReform])).toMatchObject({ source_date: 'early 1918', note: '' });
    expect(only([tenthCongress])).toMatchObject({ source_date: '', note: 'Dates, New Style.' });
  });

  it('survives commas, quotes and line breaks inside the text', () => {
    const awkward = { ...approximateYear, title: 'Kronstadt, "the pride"\r\nof the revolution' };
    expect(only([awkward]).title).toBe(awkward.title);
  });

  it('defuses a title or quotation that a spreadsheet would run as a formula', () => {
    const hostile: HistoricalEvent = {
      ...approximateYear,
      title: '=HYPERLINK("http://evil.example","click")',
      summary: '@SUM(1+1)',
      passages: [{ quote: '-1+2', cite: '+cmd' }],
      note: '\t=1',
    };
    expect(only([hostile])).toMatchObject({
      title: `'=HYPERLINK("http://evil.example","click")`,
      summary: "'@SUM(1+1)",
      quotations: "'-1+2",
      citations: "'+cmd",
      note: "'\t=1",
    });
  });

  it('leaves ids and dates without an apostrophe', () => {
    const row = only([tenthCongress]);
    expect(row.id).toBe('tenth-party-congress');
    expect(row.start).toBe('1921-03-08');
  });
});
