// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameEvents } from './use-same-events';

const listed = [{ id: 'tenth-congress' }, { id: 'ban-on-factions' }];

describe('useSameEvents', () => {
  it('keeps the first array while the same events come in the same order, whole or listed', () => {
    const { result, rerender } = renderHook(({ events }) => useSameEvents(events), {
      initialProps: { events: listed },
    });
    const whole = listed.map((e) => ({ ...e, summary: 'The text, arrived.' }));
    rerender({ events: whole });
    expect(result.current).toBe(listed);
  });

  it('takes the new array when an event is added, dropped or moved', () => {
    const { result, rerender } = renderHook(({ events }) => useSameEvents(events), {
      initialProps: { events: listed },
    });
    const fewer = listed.slice(1);
    rerender({ events: fewer });
    expect(result.current).toBe(fewer);
    const reordered = [...listed].reverse();
    rerender({ events: reordered });
    expect(result.current).toBe(reordered);
  });
});
