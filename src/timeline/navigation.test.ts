import { describe, expect, it } from 'vitest';
import { neighbour } from './navigation';
import { itemModel } from './test-models.test-support';

const item = itemModel;

// Sorted by date, as the dataset is.
const items = [
  item('a-1918', 'a', 1918),
  item('b-1919', 'b', 1919),
  item('c-1920', 'c', 1920),
  item('a-1921', 'a', 1921),
  item('c-1927', 'c', 1927),
];
const lanes = ['a', 'empty', 'b', 'c'];

describe('neighbour', () => {
  it('ArrowRight and ArrowLeft walk through time across lanes', () => {
    expect(neighbour(items, lanes, 'b-1919', 'next')).toBe('c-1920');
    expect(neighbour(items, lanes, 'b-1919', 'previous')).toBe('a-1918');
  });

  it('stops at either end rather than wrapping', () => {
    expect(neighbour(items, lanes, 'c-1927', 'next')).toBeNull();
    expect(neighbour(items, lanes, 'a-1918', 'previous')).toBeNull();
  });

  it('ArrowDown lands on the nearest event in time in the next lane with events', () => {
    expect(neighbour(items, lanes, 'a-1921', 'down')).toBe('b-1919');
    expect(neighbour(items, lanes, 'b-1919', 'down')).toBe('c-1920');
  });

  it('ArrowUp skips empty lanes and stops at the top', () => {
    expect(neighbour(items, lanes, 'b-1919', 'up')).toBe('a-1918');
    expect(neighbour(items, lanes, 'a-1918', 'up')).toBeNull();
  });

  it('lands nearest the event a run of ↑/↓ presses began on, not the current one, and on it in its lane', () => {
    // a-1918 ↓ lands on b-1920, whose nearest in lane a is a-1921 (a year off, a-1918 two): a run
    // that began at a-1918 carries its time, and ↑ comes back to it.
    const run = [item('a-1918', 'a', 1918), item('b-1920', 'b', 1920), item('a-1921', 'a', 1921)];
    expect(neighbour(run, ['a', 'b'], 'a-1918', 'down')).toBe('b-1920');
    expect(neighbour(run, ['a', 'b'], 'b-1920', 'up')).toBe('a-1921');
    expect(neighbour(run, ['a', 'b'], 'b-1920', 'up', 'a-1918')).toBe('a-1918');
    // Two events of one date in lane a: the run comes back to the one it began on, not the first.
    const twins = [item('a-first', 'a', 1921), item('a-second', 'a', 1921), item('b', 'b', 1921)];
    expect(neighbour(twins, ['a', 'b'], 'b', 'up')).toBe('a-first');
    expect(neighbour(twins, ['a', 'b'], 'b', 'up', 'a-second')).toBe('a-second');
  });

  it('starts from the first event when the current one is gone (filtered out)', () => {
    expect(neighbour(items, lanes, 'missing', 'next')).toBe('a-1918');
  });
});
