import { describe, expect, it } from 'vitest';
import { events, people, tenthCongress } from '../../data/fixtures';
import type { Positions } from '../../data/positions';
import { countsByVoice, matrixColumns, matrixRows, resolvePassages } from './matrix';
import { moveInGrid } from './grid-keys';

const positions: Positions = {
  questions: [
    { id: 'faction-rights', name: 'Faction rights', question: 'May members organise?' },
    { id: 'one-man-management', name: 'One-man management', question: 'A manager per factory?' },
  ],
  factions: ['party-leadership', 'left-communists', 'workers-opposition'],
  cells: [
    {
      faction: 'workers-opposition',
      question: 'faction-rights',
      stance: 'For them, until the ban.',
      events: ['tenth-party-congress'],
      passages: [
        { event: 'tenth-party-congress', quote: 'a syndicalist, anarchist deviation' },
        { event: 'tenth-party-congress', quote: 'not a debating society' },
        { event: 'no-such-event', quote: 'anything' },
      ],
    },
    { faction: 'party-leadership', question: 'faction-rights', events: [], passages: [] },
  ],
};

describe('matrixColumns', () => {
  it('takes the factions chosen in the filter, in the matrix’s timeline order whatever order they were chosen in', () => {
    expect(matrixColumns(positions, ['workers-opposition', 'party-leadership'])).toEqual([
      'party-leadership',
      'workers-opposition',
    ]);
  });

  it('falls back to every column of the file when none of the chosen factions is in the matrix', () => {
    expect(matrixColumns(positions, [])).toEqual(positions.factions);
    expect(matrixColumns(positions, ['workers-truth'])).toEqual(positions.factions);
  });
});

describe('resolvePassages and countsByVoice', () => {
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const cell = positions.cells[0];
  if (!cell) throw new Error('fixture');
  const resolved = resolvePassages(cell, eventsById, peopleById);

  it('finds each quotation’s event passage, its number from 1, voice, speaker and citation', () => {
    expect(
      resolved.map((p) => ({
        n: p.n,
        voice: p.voice,
        speaker: p.speaker,
        cite: p.passage.cite,
        quote: p.quote,
      })),
    ).toEqual([
      {
        n: 2,
        voice: 'participant',
        speaker: 'V. I. Lenin',
        cite: tenthCongress.passages[1]?.cite,
        quote: 'a syndicalist, anarchist deviation',
      },
      {
        n: 1,
        voice: 'faq',
        speaker: undefined,
        cite: tenthCongress.passages[0]?.cite,
        quote: 'not a debating society',
      },
    ]);
  });

  it('counts the passages by voice, words of the time first, leaving out voices with none', () => {
    expect(countsByVoice(resolved)).toEqual([
      { voice: 'participant', count: 1 },
      { voice: 'faq', count: 1 },
    ]);
    expect(countsByVoice([])).toEqual([]);
  });
});

describe('matrixRows', () => {
  it('puts each question’s cells under the columns shown, a missing cell as undefined', () => {
    const rows = matrixRows(positions, ['party-leadership', 'workers-opposition']);
    expect(rows.map((r) => r.question.id)).toEqual(['faction-rights', 'one-man-management']);
    expect(rows[0]?.cells.map((c) => c?.stance ?? null)).toEqual([null, 'For them, until the ban.']);
    expect(rows[1]?.cells).toEqual([undefined, undefined]);
  });
});

describe('moveInGrid', () => {
  const size = { rows: 3, cols: 4 };
  it('moves one step with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowRight', false, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 2, col: 3 }, 'ArrowRight', false, size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 2, col: 3 }, 'ArrowDown', false, size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 2 });
  });

  it('never lands on the empty corner', () => {
    expect(moveInGrid({ row: 1, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 0, col: 1 }, 'ArrowLeft', false, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 3 }, 'Home', false, size)).toEqual({ row: 0, col: 1 });
  });

  it('Home and End go to the row’s ends, with Ctrl to the first and last cell', () => {
    expect(moveInGrid({ row: 2, col: 2 }, 'Home', false, size)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, 'End', false, size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 2, col: 2 }, 'Home', true, size)).toEqual({ row: 1, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'End', true, size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 1 }, 'a', false, size)).toBeNull();
  });
});
