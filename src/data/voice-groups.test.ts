import { describe, expect, it } from 'vitest';
import { groupByVoice, onlyTheFaq } from './voice-groups';

const people = new Map([
  ['lenin', { voice: 'participant' as const }],
  ['carr', { voice: 'historian' as const }],
]);
const faq = {};
const lenin = { speaker: 'lenin', work: 'Collected Works' };
const carr = { speaker: 'carr', work: 'The Interregnum' };
const resolution = { work: 'Resolution', voice: 'participant' as const };
const unstated = { work: 'Spartakism to National Bolshevism' };

describe('groupByVoice', () => {
  it('puts words of the time first, then historians, then the FAQ, keeping numbers and source order', () => {
    expect(groupByVoice([faq, carr, lenin, resolution, faq], people)).toEqual([
      { voice: 'participant', numbers: [3, 4] },
      { voice: 'historian', numbers: [2] },
      { voice: 'faq', numbers: [1, 5] },
    ]);
  });

  it('leaves out empty voices and puts quotations of no known voice last', () => {
    expect(groupByVoice([unstated, carr], people)).toEqual([
      { voice: 'historian', numbers: [2] },
      { voice: null, numbers: [1] },
    ]);
  });
});

describe('onlyTheFaq', () => {
  it('is true only where every quotation is the FAQ’s own', () => {
    expect(onlyTheFaq(groupByVoice([faq, faq], people))).toBe(true);
    expect(onlyTheFaq(groupByVoice([faq, lenin], people))).toBe(false);
    expect(onlyTheFaq(groupByVoice([unstated], people))).toBe(false);
  });
});
