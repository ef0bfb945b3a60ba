import { describe, expect, it } from 'vitest';
import { factions, tenthCongress } from '../features/export/test-fixtures';
import { SHORTEST_RANGE_MS, toTimelineItems } from './to-items';

describe('toTimelineItems', () => {
  it('puts an event in the lane of its first faction, a short happening as a point', () => {
    const [item] = toTimelineItems([tenthCongress], factions);
    expect(item).toMatchObject({ id: tenthCongress.id, group: tenthCongress.factions[0], type: 'point' });
    expect(item?.label()).toContain(tenthCongress.title);
  });

  it('draws a long period as a range', () => {
    const period = { ...tenthCongress, id: 'nep', start: '1921-03', end: '1928' };
    const [item] = toTimelineItems([period], factions);
    expect(item?.type).toBe('range');
    const length = (item?.end?.valueOf() ?? 0) - (item?.start.valueOf() ?? 0);
    expect(length).toBeGreaterThan(SHORTEST_RANGE_MS);
  });

  it('leaves out an event whose lane is unknown', () => {
    expect(toTimelineItems([{ ...tenthCongress, factions: ['nobody'] }], factions)).toEqual([]);
  });

  it('hands back the same model for the same event, so a filter change redraws nothing twice', () => {
    const other = { ...tenthCongress, id: 'other' };
    const [first] = toTimelineItems([tenthCongress, other], factions);
    const [again] = toTimelineItems([tenthCongress], factions);
    expect(again).toBe(first);
    // New faction records (another dataset) make new models.
    const [renewed] = toTimelineItems(
      [tenthCongress],
      factions.map((f) => ({ ...f })),
    );
    expect(renewed).not.toBe(first);
    expect(renewed?.id).toBe(first?.id);
  });

  it('keeps the model when the listing gives way to the whole event, and not when what is drawn changes', () => {
    const { title, start, end, kind, factions: lanes, people } = tenthCongress;
    const listed = {
      id: 'listed-then-whole',
      title,
      start,
      end,
      kind,
      factions: lanes,
      people,
      passages: [{}],
    };
    const [drawn] = toTimelineItems([listed], factions);
    const [whole] = toTimelineItems([{ ...tenthCongress, id: listed.id }], factions);
    expect(whole).toBe(drawn);
    const [retitled] = toTimelineItems([{ ...listed, title: 'Another title' }], factions);
    expect(retitled).not.toBe(drawn);
    expect(retitled?.title).toBe('Another title');
  });
});
