import { describe, expect, it } from 'vitest';
import { factions, tenthCongress } from '../data/fixtures';
import { assignLanes } from './lanes';
import { toTimelineItems } from './to-items';

const items = (events: (typeof tenthCongress)[], chosen: string[] = []) =>
  toTimelineItems(events, factions, assignLanes(events, factions, chosen));

describe('toTimelineItems', () => {
  it('puts an event in the lane of its first faction, named by its title and dates', () => {
    const [item] = items([tenthCongress]);
    expect(item).toMatchObject({
      id: tenthCongress.id,
      group: tenthCongress.factions[0],
      title: tenthCongress.title,
    });
    expect(item?.dateText()).toBe('8–16 March 1921');
  });

  it('writes the short title on the timeline where the event has one', () => {
    const [item] = items([
      {
        ...tenthCongress,
        title: 'The Tenth Congress of the Russian Communist Party',
        shortTitle: 'Tenth Congress',
      },
    ]);
    expect(item?.name).toBe('Tenth Congress');
    expect(item?.title).toBe('The Tenth Congress of the Russian Communist Party');
  });

  it('keeps an end for an event that lasts, for the plan to draw as a bar or a point', () => {
    const period = { ...tenthCongress, id: 'nep', start: '1921-03', end: '1928' };
    const [item] = items([period]);
    expect(item?.end?.valueOf()).toBe(Date.UTC(1929, 0, 1) - 1);
  });

  it('leaves out an event whose lane is unknown', () => {
    expect(items([{ ...tenthCongress, factions: ['nobody'] }])).toEqual([]);
  });

  it('draws an event in the lane of the first of its factions that the reader chose', () => {
    const second = tenthCongress.factions[1] ?? '';
    const [item] = items([tenthCongress], [second]);
    expect(item?.group).toBe(second);
  });

  it('hands back the same model for the same event and lane, so a filter change redraws nothing twice', () => {
    const other = { ...tenthCongress, id: 'other' };
    const [first] = items([tenthCongress, other]);
    const [again] = items([tenthCongress]);
    expect(again).toBe(first);
    const [moved] = items([tenthCongress], [tenthCongress.factions[1] ?? '']);
    expect(moved).not.toBe(first);
  });
});
