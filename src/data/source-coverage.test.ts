import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from './schemas';
import { positionsEvents, validPositions } from './positions-fixtures';
import { matrixCoverage, sourceCoverage } from './source-coverage';
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

describe('matrixCoverage', () => {
  type Count = [total: number, used: number];
  const byVoice = (...[participant, historian, faq]: [Count, Count, Count]) => {
    const count = ([total, used]: Count) => ({ total, used });
    return { participant: count(participant), historian: count(historian), faq: count(faq) };
  };
  // The fixtures' events with their passages' voices resolved, as validateDataset returns them.
  const voiced = positionsEvents.map((event) => ({
    ...event,
    passages: event.passages.map((p, i) => ({
      ...p,
      voice: i === 0 ? ('faq' as const) : ('participant' as const),
    })),
  }));

  it('counts, per column, the passages of the faction’s events that its cells quote, by voice', () => {
    const report = matrixCoverage(validPositions(), voiced);
    expect(report.factions).toEqual([
      {
        faction: 'left-communists',
        total: 2,
        used: 1,
        byVoice: byVoice([1, 0], [0, 0], [1, 1]),
      },
      // Its one quotation is a member's words in an event of the leadership: not one of its events.
      {
        faction: 'workers-opposition',
        total: 0,
        used: 0,
        byVoice: byVoice([0, 0], [0, 0], [0, 0]),
      },
    ]);
  });

  it('lists the cells without a passage and counts those with one', () => {
    const report = matrixCoverage(validPositions(), voiced);
    expect(report.silentCells).toEqual([
      'left-communists:party-dictatorship',
      'workers-opposition:party-dictatorship',
    ]);
    expect([report.cellsWithPassages, report.cells]).toEqual([2, 4]);
  });

  it('counts a passage once however many cells of the column quote it', () => {
    const positions = validPositions();
    positions.cells[1] = {
      faction: 'left-communists',
      question: 'party-dictatorship',
      stance: 'Also against.',
      events: ['kommunist'],
      passages: [{ event: 'kommunist', quote: 'one-man management and state capitalism' }],
    };
    const [leftCommunists] = matrixCoverage(positions, voiced).factions;
    expect(leftCommunists?.used).toBe(1);
  });
});
