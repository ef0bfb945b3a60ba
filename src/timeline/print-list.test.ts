import { describe, expect, it } from 'vitest';
import { itemModel } from './test-models.test-support';
import { eventsIn, printListTitle } from './print-list';

describe('eventsIn', () => {
  it('keeps the events that start, end or last in the window, in date order', () => {
    const models = [
      itemModel('late', 'x', 1925),
      itemModel('before', 'x', 1910),
      itemModel('lasting', 'y', 1915, { end: new Date(Date.UTC(1922, 0, 1)) }),
      itemModel('inside', 'y', 1921),
    ];
    const win = { from: Date.UTC(1920, 0, 1), to: Date.UTC(1924, 0, 1) };
    expect(eventsIn(models, win).map((m) => m.id)).toEqual(['lasting', 'inside']);
  });
});

describe('printListTitle', () => {
  const win = { from: Date.UTC(1921, 0, 1), to: Date.UTC(1924, 0, 1) };
  it('counts the events, saying one event as one', () => {
    expect(printListTitle(12, win)).toBe('The 12 events of January 1921 – December 1923');
    expect(printListTitle(1, win)).toBe('The one event of January 1921 – December 1923');
    expect(printListTitle(0, win)).toBe('No events in January 1921 – December 1923');
  });
});
