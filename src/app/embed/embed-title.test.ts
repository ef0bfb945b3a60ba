import { describe, expect, it } from 'vitest';
import { embedTitle } from './embed-title';

describe('embedTitle', () => {
  it('names the view and what its filters show', () => {
    expect(
      embedTitle({
        view: 'timeline',
        filterTitle: "Oppositions 1907–1937: Workers' Opposition",
        tourTitle: null,
      }),
    ).toBe("Oppositions 1907–1937: Workers' Opposition (timeline)");
    expect(
      embedTitle({ view: 'list', filterTitle: 'Oppositions 1907–1937: all events', tourTitle: null }),
    ).toBe('Oppositions 1907–1937: all events (list of events)');
  });

  it('names the tour presented, whatever the filters', () => {
    expect(
      embedTitle({
        view: 'present',
        filterTitle: 'Oppositions 1907–1937: all events',
        tourTitle: 'How dissent was silenced',
      }),
    ).toBe('Oppositions 1907–1937, guided tour: How dissent was silenced');
  });
});
