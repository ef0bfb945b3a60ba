import { describe, expect, it } from 'vitest';
import { formatDataError } from './data-error';
import type { Positions } from './positions';
import {
  positionsReferences as references,
  positionsSource as source,
  validPositions,
} from './positions-fixtures';
import { validatePositions } from './validate-positions';

const checks = { inSource: (quote: string) => source.includes(quote) };
const messages = (raw: unknown) => validatePositions(raw, references, checks).errors.map(formatDataError);

/** The valid matrix with one change made to it. */
function changed(change: (p: Positions) => void): Positions {
  const positions = validPositions();
  change(positions);
  return positions;
}
const cellOf = (p: Positions, key: string) => {
  const cell = p.cells.find((c) => `${c.faction}:${c.question}` === key);
  if (!cell) throw new Error(`no cell ${key}`);
  return cell;
};

const firstPassage = (cell: { passages: Positions['cells'][number]['passages'] }) => {
  const [passage] = cell.passages;
  if (!passage) throw new Error('the cell has no passage');
  return passage;
};

describe('validatePositions', () => {
  it('accepts a complete matrix whose quotations stand in its events and the source', () => {
    const result = validatePositions(validPositions(), references, checks);
    expect(result.errors).toEqual([]);
    expect(result.positions?.cells).toHaveLength(4);
  });

  it('names fields of a file without the matrix’s shape, by cell key or question id, and checks nothing further', () => {
    const raw = {
      questions: [{ id: 'one-man-management', name: '' }],
      factions: [],
      cells: [
        { faction: 'left-communists', question: 'one-man-management', events: [], passages: [], note: 'x' },
      ],
    };
    expect(messages(raw)).toEqual([
      'data/positions.json: one-man-management: questions[0].name: must not be empty',
      'data/positions.json: one-man-management: questions[0].question: is missing (a string is needed)',
      'data/positions.json: (file): factions: must not be empty',
      'data/positions.json: left-communists:one-man-management: cells[0]: has fields the matrix does not know: "note"',
    ]);
    expect(validatePositions(raw, references, checks).positions).toBeUndefined();
  });

  it('reports a repeated question id', () => {
    const raw = changed((p) => p.questions.push({ id: 'one-man-management', name: 'Again', question: 'q' }));
    expect(messages(raw)).toContain(
      'data/positions.json: one-man-management: questions[2].id: is not unique',
    );
  });

  it('reports an unknown faction among the columns, and one listed twice', () => {
    expect(messages(changed((p) => p.factions.push('kronstadt')))).toEqual([
      'data/positions.json: (file): factions[2]: unknown faction "kronstadt"',
    ]);
    expect(messages(changed((p) => p.factions.push('workers-opposition')))).toEqual([
      'data/positions.json: (file): factions[2]: lists faction "workers-opposition" twice',
    ]);
  });

  it('reports columns out of timeline order', () => {
    const raw = changed((p) => p.factions.reverse());
    expect(messages(raw)).toEqual([
      'data/positions.json: (file): factions[1]: "left-communists" (from 1918-01) comes after "workers-opposition" (from 1920): columns go in timeline order, by the faction\'s start',
    ]);
  });

  it('reports a cell with an unknown faction, one with a faction outside the columns, and an unknown question', () => {
    const raw = changed((p) => {
      p.cells.push(
        { faction: 'no-such-faction', question: 'party-dictatorship', events: [], passages: [] },
        { faction: 'party-leadership', question: 'party-dictatorship', events: [], passages: [] },
        { faction: 'left-communists', question: 'peasantry', events: [], passages: [] },
      );
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: no-such-faction:party-dictatorship: faction: unknown faction "no-such-faction"',
      'data/positions.json: party-leadership:party-dictatorship: faction: "party-leadership" is not one of the matrix\'s factions',
      'data/positions.json: left-communists:peasantry: question: unknown question "peasantry"',
    ]);
  });

  it('reports a duplicate cell and a missing one', () => {
    const raw = changed((p) => {
      p.cells[3] = { faction: 'left-communists', question: 'party-dictatorship', events: [], passages: [] };
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:party-dictatorship: (cell): repeats cell 2 (cells[1])',
      'data/positions.json: workers-opposition:party-dictatorship: (cell): is missing: every faction × question needs a cell (without a stance where the text is silent)',
    ]);
  });

  it('reports an event listed twice in a cell', () => {
    const raw = changed((p) => cellOf(p, 'left-communists:one-man-management').events.push('kommunist'));
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: events[1]: lists event "kommunist" twice',
    ]);
  });

  it('reports an unknown event', () => {
    const raw = changed((p) => cellOf(p, 'left-communists:one-man-management').events.push('no-such-event'));
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: events[1]: unknown event "no-such-event"',
    ]);
  });

  it('reports an event neither of the faction nor quoting a member of it', () => {
    const raw = changed((p) => {
      const cell = cellOf(p, 'left-communists:one-man-management');
      cell.events.push('tenth-congress');
      cell.passages.push({
        event: 'tenth-congress',
        quote: 'Since when have we been enemies of komitetchina?',
      });
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: events[1]: "tenth-congress" is not an event of "left-communists" and quotes none of its members',
    ]);
  });

  it('reports a quotation that is not in the source text', () => {
    const raw = changed((p) => {
      firstPassage(cellOf(p, 'left-communists:one-man-management')).quote = 'against two-man management';
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: passages[0].quote: does not occur in the source text: "against two-man management"',
      'data/positions.json: left-communists:one-man-management: passages[0].quote: is not among the passages of "kommunist": "against two-man management"',
    ]);
  });

  it('reports a passage not from one of the cell’s events', () => {
    const raw = changed((p) => {
      cellOf(p, 'workers-opposition:one-man-management').passages.push({
        event: 'kommunist',
        quote: 'Socialism will be set up by the proletariat itself.',
      });
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: workers-opposition:one-man-management: passages[1].event: "kommunist" is not one of the cell\'s events',
    ]);
  });

  it('reports words in the source that are not among that event’s passages', () => {
    const raw = changed((p) => {
      firstPassage(cellOf(p, 'left-communists:one-man-management')).quote = 'Since when have we been enemies';
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: passages[0].quote: is not among the passages of "kommunist": "Since when have we been enemies"',
    ]);
  });

  it('reports a stance without passages, passages without a stance, and the silent wording as a stance', () => {
    const raw = changed((p) => {
      cellOf(p, 'left-communists:party-dictatorship').stance = 'For it.';
      delete cellOf(p, 'left-communists:one-man-management').stance;
      cellOf(p, 'workers-opposition:party-dictatorship').stance = 'The text does not say.';
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: passages: stand behind no stance: state the stance in our words, or leave the passages out',
      'data/positions.json: left-communists:party-dictatorship: stance: has no passage behind it: quote the text, or leave the stance out where it is silent',
      'data/positions.json: workers-opposition:party-dictatorship: stance: is what the matrix shows where a cell has no stance: leave the stance out',
    ]);
  });

  it('reports the same passage twice in a cell, whole or in part', () => {
    const raw = changed((p) => {
      cellOf(p, 'left-communists:one-man-management').passages.push({
        event: 'kommunist',
        quote: 'They argued against one-man management and state capitalism.',
      });
    });
    expect(messages(raw)).toEqual([
      'data/positions.json: left-communists:one-man-management: passages[1]: quotes passage 1 of "kommunist" again (as passages[0] does)',
    ]);
  });

  it('lists every problem at once', () => {
    const raw = changed((p) => {
      p.factions.push('kronstadt');
      cellOf(p, 'left-communists:one-man-management').events.push('no-such-event');
      cellOf(p, 'left-communists:party-dictatorship').stance = 'For it.';
    });
    expect(messages(raw)).toHaveLength(3);
  });
});
