import { describe, expect, it } from 'vitest';
import { parseHelloMessage, parseStepMessage } from './channel-message';

describe('parseStepMessage', () => {
  it('reads a step message, with or without its sender', () => {
    expect(parseStepMessage({ tour: 'a-tour', step: 4 })).toEqual({ tour: 'a-tour', step: 4 });
    expect(parseStepMessage({ tour: 'a-tour', step: 4, sender: 'x1' })).toEqual({
      tour: 'a-tour',
      step: 4,
      sender: 'x1',
    });
  });

  it('carries whether the room is blank, when it says', () => {
    expect(parseStepMessage({ tour: 'a-tour', step: 4, blank: true })).toEqual({
      tour: 'a-tour',
      step: 4,
      blank: true,
    });
    expect(parseStepMessage({ tour: 'a-tour', step: 4, blank: 'yes' })).toEqual({ tour: 'a-tour', step: 4 });
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

describe('parseHelloMessage', () => {
  it('reads a newly opened window asking where the tour stands', () => {
    expect(parseHelloMessage({ tour: 'a-tour', hello: true, sender: 'x1' })).toEqual({
      tour: 'a-tour',
      hello: true,
      sender: 'x1',
    });
  });
  it('drops a step, or a hello without a tour', () => {
    expect(parseHelloMessage({ tour: 'a-tour', step: 4 })).toBeNull();
    expect(parseHelloMessage({ hello: true })).toBeNull();
  });
});
