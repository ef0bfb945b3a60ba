import type { TimelineItemModel } from './to-items';

/** A timeline item for tests: a point on 1 January of `year` in lane `group`. */
export function itemModel(
  id: string,
  group: string,
  year: number,
  more: Partial<TimelineItemModel> = {},
): TimelineItemModel {
  return {
    id,
    group,
    start: new Date(Date.UTC(year, 0, 1)),
    title: id,
    name: id,
    kind: 'statement',
    colour: '#000000',
    landmark: false,
    weight: 1,
    dateText: () => String(year),
    factionsText: () => group,
    ...more,
  };
}
