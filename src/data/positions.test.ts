import { describe, expect, it } from 'vitest';
import { findCellPassage } from './positions';

describe('findCellPassage', () => {
  const event = { passages: [{ quote: 'First words here.' }, { quote: 'Second,  and  longer words.' }] };

  it('finds the passage holding the words, a part of it included, white space folded', () => {
    expect(findCellPassage(event, 'and longer')).toEqual({ passage: event.passages[1], index: 1 });
    expect(findCellPassage(event, 'First words here.')?.index).toBe(0);
  });

  it('finds nothing for words the event does not quote', () => {
    expect(findCellPassage(event, 'words here. Second')).toBeUndefined();
  });
});
