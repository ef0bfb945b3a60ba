import { describe, expect, it } from 'vitest';
import { leaveForSource, takeReturnPoint } from './return-point';

const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the return point from the source text', () => {
  it('opens the event it was left from at its passage, once', async () => {
    leaveForSource('kronstadt', 3);
    expect(takeReturnPoint('kronstadt')).toBe(3);
    // Strict mode's second run of the same mount, in the same commit.
    expect(takeReturnPoint('kronstadt')).toBe(3);
    await settled();
    expect(takeReturnPoint('kronstadt')).toBeNull();
  });

  it('is forgotten when another event is opened first', async () => {
    leaveForSource('kronstadt', 3);
    expect(takeReturnPoint('tenth-party-congress')).toBeNull();
    await settled();
    expect(takeReturnPoint('kronstadt')).toBeNull();
  });
});
