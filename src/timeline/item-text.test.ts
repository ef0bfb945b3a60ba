import { describe, expect, it } from 'vitest';
import { itemModel } from './test-models.test-support';
import { clusterName, eventDetail, eventName } from './item-text';

describe('eventName', () => {
  it('is the title and the date', () => {
    expect(eventName(itemModel('Kronstadt rising', 'k', 1921))).toBe('Kronstadt rising, 1921');
  });

  it('starts with the short title a reader sees, then gives the full title', () => {
    const model = itemModel('x', 'l', 1921, {
      title: 'Tenth Party Congress bans factions',
      name: 'Ban on factions',
    });
    expect(eventName(model)).toBe('Ban on factions: Tenth Party Congress bans factions, 1921');
  });
});

describe('eventDetail and clusterName', () => {
  it('describe the kind and factions, and what a cluster holds', () => {
    expect(eventDetail(itemModel('x', 'Workers’ Opposition', 1921))).toBe('statement · Workers’ Opposition');
    expect(
      clusterName({
        id: 'c',
        group: 'g',
        from: Date.UTC(1920, 0, 1),
        to: Date.UTC(1924, 5, 1),
        count: 8,
        first: 'x',
      }),
    ).toBe('8 events, 1920–1924: show them');
  });
});
