import { describe, expect, it } from 'vitest';
import { parseStepMessage } from './channel-message';

describe('parseStepMessage', () => {
  it('reads a step message, with or without its sender', () => {
    expect(parseStepMessage({ tour: 'a-tour', step: 4 })).toEqual({ tour: 'a-tour', step: 4 });
    expect(parseStepMessage({ tour: 'a-tour', step: 4, sender: 'x1' })).toEqual({
      tour: 'a-tour',
      step: 4,
      sender: 'x1',
    });
  });

  it('drops anything else another tab might post', () => {
    for (const data of [
      null,
      'step 4',
      4,
      {},
      { tour: 'a' },
      { tour: 'a', step: '4' },
      { tour: 'a', step: 0 },
      { tour: 'a', step: 1.5 },
      { tour: 1, step: 2 },
    ]) {
      expect(parseStepMessage(data)).toBeNull();
    }
  });
});
