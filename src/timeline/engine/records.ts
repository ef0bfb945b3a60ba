import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { Faction } from '../../data/schemas';
import type { Era } from '../../dates/eras';
import type { Drawn } from '../layout/plan';

/** What the engine hands vis-timeline for one drawn thing; `drawn` is what the template builds from. */
export type ItemRecord = DataItem & { drawn?: Drawn; era?: Era; rank?: number };
export type GroupRecord = DataGroup & { faction?: Faction; order?: number };

/** The classes an event's item carries: its kind, its shape and whether it is named. */
export function itemClasses(drawn: Drawn): string {
  if (drawn.kind === 'cluster') return `tl-cluster-item tl-cluster-${drawn.shape}`;
  const { model, shape, named, flipped } = drawn;
  return `tl-event tl-kind-${model.kind} tl-shape-${shape}${named ? ' tl-named' : ''}${flipped ? ' tl-flipped' : ''}`;
}

/** vis-timeline's record for a planned item. `content` is never shown: the template draws it. */
export function toRecord(drawn: Drawn): ItemRecord {
  if (drawn.kind === 'cluster') {
    const { cluster, shape, rank } = drawn;
    const record: ItemRecord = {
      id: cluster.id,
      group: cluster.group,
      start: new Date(drawn.at),
      type: shape === 'bin' ? 'range' : 'point',
      content: '',
      className: itemClasses(drawn),
      drawn,
      rank,
    };
    if (shape === 'bin') record.end = new Date(cluster.to);
    return record;
  }
  const { model, shape, rank } = drawn;
  const record: ItemRecord = {
    id: model.id,
    group: model.group,
    // A flipped name's item begins where its name does (layout/plan.ts).
    start: drawn.flipped ? new Date(drawn.at) : model.start,
    type: shape === 'range' ? 'range' : 'point',
    content: '',
    className: itemClasses(drawn),
    style: `--faction: ${model.colour}`,
    drawn,
    rank,
  };
  if (shape === 'range' && model.end) record.end = model.end;
  return record;
}

/**
 * Whether an item must be handed to vis-timeline again: what it shows or where it sits differs
 * from what is drawn. Records are rebuilt on every change, so they are compared field by field;
 * models by reference, as toTimelineItems makes one per event and lane. A bin cluster's count is
 * not compared: the engine writes a new count into the drawn element, its size being its
 * stretch of time.
 */
export function needsRedraw(current: ItemRecord | null, next: ItemRecord): boolean {
  const a = current?.drawn;
  const b = next.drawn;
  if (!current || !a || !b || a.kind !== b.kind || current.group !== next.group) return true;
  if (current.className !== next.className || current.rank !== next.rank) return true;
  if (a.kind === 'event' && b.kind === 'event')
    return a.model !== b.model || a.barPx !== b.barPx || a.at !== b.at || a.label !== b.label;
  if (a.kind === 'cluster' && b.kind === 'cluster')
    return (
      a.at !== b.at ||
      a.cluster.from !== b.cluster.from ||
      a.cluster.to !== b.cluster.to ||
      (b.shape === 'badge' && a.cluster.count !== b.cluster.count)
    );
  return true;
}
