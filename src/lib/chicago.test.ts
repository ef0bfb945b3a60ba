import { describe, expect, it } from 'vitest';
import type { Person } from '../data/schemas';
import { chicagoCitation, chicagoPages, SOURCE_TEXT_CITATION } from './chicago';

const people: Person[] = [
  { id: 'sapronov', name: 'Timofei Sapronov', aliases: [], factions: [], role: 'r', voice: 'participant' },
  { id: 'lenin', name: 'V. I. Lenin', aliases: [], factions: [], role: 'r', voice: 'participant' },
];

describe('chicagoPages', () => {
  it('drops the p. and expands abbreviated ranges', () => {
    expect(chicagoPages('p. 114')).toBe('114');
    expect(chicagoPages('pp. 136-7')).toBe('136–37');
    expect(chicagoPages('pp. 182-183')).toBe('182–83');
    expect(chicagoPages('vol. 27, p. 339')).toBe('27:339');
  });
});

describe('chicagoCitation', () => {
  it('cites a quoted speaker through the historian who quotes them, and the source text', () => {
    expect(
      chicagoCitation(
        {
          quote: 'q',
          cite: 'c',
          speaker: 'sapronov',
          author: 'Robert V. Daniels',
          work: 'The Conscience of the Revolution',
          pages: 'p. 114',
        },
        people,
      ),
    ).toBe(
      `Timofei Sapronov, quoted in Robert V. Daniels, The Conscience of the Revolution, 114; cited in ${SOURCE_TEXT_CITATION}.`,
    );
  });

  it('cites an author writing in their own name without repeating them', () => {
    expect(
      chicagoCitation(
        { quote: 'q', cite: 'c', author: 'Lenin', work: 'Collected Works', pages: 'vol. 27, p. 339' },
        people,
      ),
    ).toBe(`Lenin, Collected Works, 27:339; cited in ${SOURCE_TEXT_CITATION}.`);
  });

  it("cites the FAQ's own narration as the source text alone", () => {
    expect(chicagoCitation({ quote: 'q', cite: 'An Anarchist FAQ, section 3' }, people)).toBe(
      `${SOURCE_TEXT_CITATION}.`,
    );
  });
});
