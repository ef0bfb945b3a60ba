import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from './schemas';
import { sourceCoverage } from './source-coverage';
import { parseSource } from './source/parse-source';

const doc = parseSource(
  [
    'Title',
    '',
    'Were any of the Bolshevik oppositions a real alternative?',
    '',
    'Lenin wrote that "*state capitalism is superior*" to chaos. [**Collected Works**, vol. 27, p. 339]',
    '',
    'Sapronov asked "who will appoint the Central Committee?" [Daniels, **Op. Cit.**, p. 114]',
    '',
  ].join('\n'),
);

const withQuote = (quote: string): HistoricalEvent => ({
  id: 'e',
  title: 'E',
  start: '1918',
  kind: 'statement',
  factions: ['party-leadership'],
  people: [],
  summary: 'S',
  passages: [{ quote, cite: 'C' }],
});

describe('sourceCoverage', () => {
  it('counts a quotation as linked when an event quotes part of it', () => {
    const report = sourceCoverage(doc, [withQuote('state capitalism is superior')]);
    expect(report.total).toBe(2);
    expect(report.linked.map((q) => q.citation)).toEqual(['Collected Works, vol. 27, p. 339']);
    expect(report.unlinked.map((q) => q.citation)).toEqual(['Daniels, Op. Cit., p. 114']);
    expect(report.share).toBe(0.5);
  });

  it('does not count narration next to a quotation as quoting it', () => {
    const report = sourceCoverage(doc, [withQuote('Lenin wrote that')]);
    expect(report.linked).toEqual([]);
  });
});
