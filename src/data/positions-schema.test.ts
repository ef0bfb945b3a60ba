import { describe, expect, it } from 'vitest';
import { readJson, readSource } from '../../scripts/read-dataset';
import { findAllQuotes } from './source/find-quote';
import { PositionsFileSchema } from './positions';
import { realDataset } from './real-dataset.test-support';
import { describeIssue, POSITIONS_FILE, validatePositions } from './validate-positions';
import { validPositions } from './positions-fixtures';

/** The schema's issues as the validator words them: "path: message". */
function issues(raw: unknown): string[] {
  const result = PositionsFileSchema.safeParse(raw);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.')}: ${describeIssue(i, raw)}`);
}

describe('PositionsFileSchema', () => {
  it('accepts a matrix with questions, factions and cells, a silent cell without a stance included', () => {
    expect(issues(validPositions())).toEqual([]);
  });

  it('names what a malformed file gets wrong, field by field', () => {
    const raw = {
      questions: [{ id: 'One man', name: 'One-man management', question: 'q' }],
      factions: 'left-communists',
      cells: [
        {
          faction: 'left-communists',
          question: 'one-man',
          stance: '',
          events: [],
          passages: [{ quote: 'q' }],
        },
      ],
      extra: true,
    };
    expect(issues(raw)).toEqual([
      'questions.0.id: must be kebab-case (lower-case words joined by hyphens)',
      'factions: must be an array',
      'cells.0.stance: must not be empty',
      'cells.0.passages.0.event: is missing (a string is needed)',
      ': has fields the matrix does not know: "extra"',
    ]);
  });

  it('asks for at least one question and one faction', () => {
    expect(issues({ questions: [], factions: [], cells: [] })).toEqual([
      'questions: must not be empty',
      'factions: must not be empty',
    ]);
  });
});

describe('the real compare matrix', () => {
  const raw = readJson(POSITIONS_FILE);
  const source = readSource();
  const result = validatePositions(raw, realDataset(), {
    inSource: (quote) => findAllQuotes(source, quote).length > 0,
  });

  it('passes every rule, its quotations found in the source and in their events', () => {
    expect(result.errors).toEqual([]);
  });

  it('compares at least six factions on at least eight questions, one cell for each pair', () => {
    const positions = result.positions;
    expect(positions?.factions.length).toBeGreaterThanOrEqual(6);
    expect(positions?.questions.length).toBeGreaterThanOrEqual(8);
    expect(positions?.cells).toHaveLength(
      (positions?.factions.length ?? 0) * (positions?.questions.length ?? 0),
    );
  });
});
