import { describe, expect, it } from 'vitest';
import type { Person } from './schemas';
import { rawVoiceOf, voiceOf } from './voice';

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

describe('rawVoiceOf', () => {
  it('tells the voice of passages not yet checked, fields of the wrong type counting as absent', () => {
    const voiceOfRaw = rawVoiceOf([
      { id: 'daniels', voice: 'historian' },
      { id: 'odd', voice: 'narrator' },
      'not a person',
    ]);
    expect(voiceOfRaw({ speaker: 'daniels', work: 'The Conscience of the Revolution' })).toBe('historian');
    expect(voiceOfRaw({ work: 'A book', voice: 'participant' })).toBe('participant');
    expect(voiceOfRaw({ quote: 'the FAQ’s words', work: 42 })).toBe('faq');
    expect(voiceOfRaw({ speaker: 'odd', work: 'A book' })).toBeNull();
    expect(voiceOfRaw({ work: 'A book', voice: 'narrator' })).toBeNull();
    expect(voiceOfRaw('not a passage')).toBeNull();
  });
});
