import { describe, expect, it } from 'vitest';
import type { Person } from './schemas';
import { voiceOf } from './voice';

const people = new Map<string, Pick<Person, 'voice'>>([
  ['lenin', { voice: 'participant' }],
  ['daniels', { voice: 'historian' }],
]);

describe('voiceOf', () => {
  it('takes the speaker’s voice: a participant of the time or a later historian', () => {
    expect(voiceOf({ speaker: 'lenin', work: 'Collected Works' }, people)).toBe('participant');
    expect(voiceOf({ speaker: 'daniels', work: 'The Conscience of the Revolution' }, people)).toBe(
      'historian',
    );
  });

  it('hears the FAQ in words with neither speaker nor cited work', () => {
    expect(voiceOf({}, people)).toBe('faq');
  });

  it('lets the data state a voice, and cannot tell a collective text cited from a book without it', () => {
    expect(voiceOf({ work: 'The Bolsheviks and Workers’ Control', voice: 'participant' }, people)).toBe(
      'participant',
    );
    expect(voiceOf({ work: 'The Bolsheviks and Workers’ Control' }, people)).toBeNull();
    expect(voiceOf({ speaker: 'nobody', work: 'A book' }, people)).toBeNull();
  });
});
