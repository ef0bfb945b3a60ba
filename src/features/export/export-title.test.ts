import { describe, expect, it } from 'vitest';
import { factions, people } from '../../data/fixtures';
import { exportTitle } from './export-title';
import type { ExportFilterParts } from './file-name';

const none: ExportFilterParts = { factions: [], kinds: [], people: [], q: '' };

describe('exportTitle', () => {
  it('names the factions filtered, in the filter’s order', () => {
    expect(
      exportTitle({ ...none, factions: ['workers-opposition', 'party-leadership'] }, factions, people),
    ).toBe("Oppositions 1907–1937: Workers' Opposition, Party leadership");
  });

  it('adds kinds, people and a search, each group after a semicolon', () => {
    expect(
      exportTitle(
        { factions: ['workers-opposition'], kinds: ['congress'], people: ['lenin'], q: ' Kronstadt ' },
        factions,
        people,
      ),
    ).toBe("Oppositions 1907–1937: Workers' Opposition; congress; V. I. Lenin; search “Kronstadt”");
  });

  it('says all events when nothing is filtered', () => {
    expect(exportTitle(none, factions, people)).toBe('Oppositions 1907–1937: all events');
  });
});
