import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { Faction } from '../data/schemas';
import { ERAS, type Era } from './eras';
import { buildLaneElement } from './item-element';
import type { ClusterModel } from './drawn-items';
import type { TimelineItemModel } from './to-items';

export type ItemRecord = DataItem & { model?: TimelineItemModel; era?: Era; cluster?: ClusterModel };
export type GroupRecord = DataGroup & { faction?: Faction; order?: number };

/** A lane of its own at the top carries the era labels, so they never sit on an event. */
export const ERA_LANE: GroupRecord = { id: 'eras', content: 'Period', className: 'tl-era-lane' };

// Each era is drawn twice: a labelled band in the era lane, and an unlabelled tint behind every lane.
export const ERA_ITEMS: ItemRecord[] = ERAS.flatMap((era): ItemRecord[] => [
  {
    id: `${era.id}-label`,
    group: ERA_LANE.id,
    start: new Date(era.from),
    end: new Date(era.to),
    type: 'background',
    className: `tl-era-band tl-era-band--label ${era.id}`,
    content: '',
    era,
  },
  {
    id: era.id,
    start: new Date(era.from),
    end: new Date(era.to),
    type: 'background',
    className: `tl-era-band ${era.id}`,
    content: '',
  },
]);

export function laneElement(group: GroupRecord | null): HTMLElement | string {
  // vis-timeline may call this for a lane it has already dropped.
  if (!group) return '';
  if (group.faction) return buildLaneElement(group.faction);
  const label = document.createElement('span');
  label.className = 'tl-lane tl-lane--eras';
  label.textContent = 'Period';
  return label;
}
