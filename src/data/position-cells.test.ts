import { describe, expect, it } from 'vitest';
import type { Positions } from './positions';
import { cellsOfEvent, cellTitle, findCell } from './position-cells';

const positions: Positions = {
  questions: [
    { id: 'faction-rights', name: 'Faction rights', question: 'q' },
    { id: 'one-man-management', name: 'One-man management', question: 'q' },
  ],
  factions: ['left-communists', 'workers-opposition'],
  cells: [
    { faction: 'workers-opposition', question: 'one-man-management', events: ['congress'], passages: [] },
    { faction: 'workers-opposition', question: 'faction-rights', events: ['congress', 'ban'], passages: [] },
    { faction: 'left-communists', question: 'faction-rights', events: ['congress'], passages: [] },
    { faction: 'left-communists', question: 'one-man-management', events: ['kommunist'], passages: [] },
  ],
};

describe('cellsOfEvent', () => {
  it('lists the cells an event stands behind, by question then faction as the matrix reads', () => {
    expect(cellsOfEvent(positions, 'congress').map((c) => `${c.faction}:${c.question}`)).toEqual([
      'left-communists:faction-rights',
      'workers-opposition:faction-rights',
      'workers-opposition:one-man-management',
    ]);
    expect(cellsOfEvent(positions, 'nothing')).toEqual([]);
  });
});

describe('cellTitle and findCell', () => {
  it('names a cell by its faction and question, and finds it', () => {
    const ref = { faction: 'left-communists', question: 'one-man-management' };
    expect(cellTitle(positions, [{ id: 'left-communists', name: 'Left Communists' }], ref)).toBe(
      'Left Communists on One-man management',
    );
    expect(findCell(positions, ref)?.events).toEqual(['kommunist']);
    expect(findCell(positions, { faction: 'x', question: 'y' })).toBeUndefined();
  });
});
