import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from './builds-in-turn';

describe('parseBuildArgs', () => {
  it('reads the builds, the runs and the other flags in any order', () => {
    expect(parseBuildArgs(['a', '--runs', '3', 'b', '--frames'], 9)).toEqual({
      dists: ['a', 'b'],
      runs: 3,
      flags: new Set(['--frames']),
    });
  });

  it('takes the default number of runs, and keeps the first build where --runs is not given', () => {
    expect(parseBuildArgs(['dist'], 5)).toEqual({ dists: ['dist'], runs: 5, flags: new Set() });
  });

  it('refuses no build, and a number of runs that is not a whole number above zero', () => {
    expect(parseBuildArgs(['--frames'], 5)).toBeNull();
    expect(parseBuildArgs(['a', '--runs', 'x'], 5)).toBeNull();
    expect(parseBuildArgs(['a', '--runs', '0'], 5)).toBeNull();
  });
});
