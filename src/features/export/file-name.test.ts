import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportFilterParts } from './file-name';

const none: ExportFilterParts = { factions: [], kinds: [], people: [], q: '' };

describe('exportFileName', () => {
  it('names an unfiltered export after the whole period', () => {
    expect(exportFileName(none, 'csv')).toBe('oppositions-1907-1937.csv');
    expect(exportFileName(none, 'json')).toBe('oppositions-1907-1937.json');
    expect(exportFileName(none, 'timelinejs.json')).toBe('oppositions-1907-1937.timelinejs.json');
    expect(exportFileName(none, 'quotations.csv')).toBe('oppositions-1907-1937.quotations.csv');
    expect(exportFileName(none, 'bib')).toBe('oppositions-1907-1937.bib');
  });

  it('adds a faction filter', () => {
    expect(exportFileName({ ...none, factions: ['workers-opposition'] }, 'csv')).toBe(
      'oppositions-1907-1937-workers-opposition.csv',
    );
  });

  it('joins several ids with +, keeping their order and dropping repeats', () => {
    expect(
      exportFileName(
        { ...none, factions: ['workers-opposition', 'democratic-centralists', 'workers-opposition'] },
        'csv',
      ),
    ).toBe('oppositions-1907-1937-workers-opposition+democratic-centralists.csv');
  });

  it('adds a search as search-<words>', () => {
    expect(exportFileName({ ...none, q: 'Kronstadt' }, 'csv')).toBe(
      'oppositions-1907-1937-search-kronstadt.csv',
    );
    expect(exportFileName({ ...none, q: '  Kronstadt  rising!' }, 'csv')).toBe(
      'oppositions-1907-1937-search-kronstadt-rising.csv',
    );
  });

  it('ignores a blank search', () => {
    expect(exportFileName({ ...none, q: '   ' }, 'csv')).toBe('oppositions-1907-1937.csv');
  });

  it('folds accents and still marks a search it cannot spell', () => {
    expect(exportFileName({ ...none, q: 'Šljapnikov' }, 'csv')).toBe(
      'oppositions-1907-1937-search-sljapnikov.csv',
    );
    expect(exportFileName({ ...none, q: 'Мясников' }, 'csv')).toBe('oppositions-1907-1937-search.csv');
  });

  it('orders the filters faction, kind, person, search', () => {
    expect(
      exportFileName(
        { factions: ['left-opposition'], kinds: ['congress'], people: ['trotsky'], q: 'platform' },
        'json',
      ),
    ).toBe('oppositions-1907-1937-left-opposition-congress-trotsky-search-platform.json');
  });

  it('lets nothing from the URL reach a path, a dot or markup', () => {
    const name = exportFileName(
      { ...none, factions: ['../../etc/passwd'], q: '<script>"x"</script>' },
      'csv',
    );
    expect(name).toBe('oppositions-1907-1937-etc-passwd-search-script-x-script.csv');
    expect(name).toMatch(/^[a-z0-9+.-]+$/);
  });

  it('cuts a long name at a word boundary, says so, and keeps the extension', () => {
    const people = [
      'trotsky',
      'zinoviev',
      'kamenev',
      'shlyapnikov',
      'kollontai',
      'sapronov',
      'osinsky',
      'miasnikov',
    ];
    const name = exportFileName({ ...none, people }, 'timelinejs.json');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^oppositions-1907-1937-trotsky\+zinoviev\+.*[a-z]-etc\.timelinejs\.json$/);
    const kept = name.replace('oppositions-1907-1937-', '').replace('-etc.timelinejs.json', '').split('+');
    for (const id of kept) expect(people).toContain(id);
  });

  it('keeps the base when a single filter is longer than the room left', () => {
    const name = exportFileName({ ...none, q: 'a'.repeat(200) }, 'csv');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.startsWith('oppositions-1907-1937-search')).toBe(true);
    expect(name.endsWith('-etc.csv')).toBe(true);
  });
});
