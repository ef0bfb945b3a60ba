import { describe, expect, it } from 'vitest';
import { matrixToCsv, matrixToJson } from './matrix-export';
import { readCsv } from './read-csv.test-support';

const cells = [
  {
    faction: 'workers-opposition',
    factionName: "Workers' Opposition",
    question: 'one-man-management',
    questionName: 'One-man management',
    stance: 'Against it, for the unions.',
    passages: [
      {
        event: 'e1',
        quote: 'shall we achieve communism',
        cite: 'Kollontai, Selected Writings, p. 174',
        voice: 'participant',
      },
      { event: 'e2', quote: '=HYPERLINK("x")', cite: 'FAQ', voice: 'faq' },
    ],
  },
  {
    faction: 'left-communists',
    factionName: 'Left Communists',
    question: 'peasantry',
    questionName: 'The peasantry',
    stance: null,
    passages: [],
  },
];

describe('matrixToCsv', () => {
  const csv = matrixToCsv(cells, 'The text does not say.');

  it('starts with a BOM and writes one row per cell: faction, question, stance, passages with citations', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['faction', 'question', 'stance', 'passages']);
    expect(rows[1]).toEqual([
      "Workers' Opposition",
      'One-man management',
      'Against it, for the unions.',
      '“shall we achieve communism” — Kollontai, Selected Writings, p. 174 (Words of the time)\n\n“=HYPERLINK("x")” — FAQ (The FAQ’s argument)',
    ]);
    expect(rows[2]).toEqual(['Left Communists', 'The peasantry', 'The text does not say.', '']);
    expect(rows).toHaveLength(3);
  });
});

describe('matrixToJson', () => {
  it('keeps ids and names and each passage as a record', () => {
    expect(JSON.parse(matrixToJson(cells))).toEqual({ cells });
  });
});
