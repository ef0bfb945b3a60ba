import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Faction } from '../data/schemas';
import { ERAS, type Era } from './eras';
import { buildEraElement, buildItemElement, buildLaneElement } from './item-element';
import { FIT_ALL, TIMELINE_MAX, TIMELINE_MIN, ZOOM_MAX_MS, ZOOM_MIN_MS } from './limits';
import type { TimelineItemModel } from './to-items';

export interface EngineCallbacks {
  onSelect: (id: string | null) => void;
  /** Called when the reader pans or zooms, not when the app moves the window. */
  onWindowChange: (from: number, to: number) => void;
  /** The first complete draw, after which the timeline may be shown. */
  onReady: () => void;
}

type ItemRecord = DataItem & { model?: TimelineItemModel; era?: Era };
type GroupRecord = DataGroup & { faction?: Faction };

/** A lane of its own at the top carries the era labels, so they never sit on an event. */
const ERA_LANE: GroupRecord = { id: 'eras', content: 'Period', className: 'tl-era-lane' };

// Each era is drawn twice: a labelled band in the era lane, and an unlabelled tint behind every lane.
const ERA_ITEMS: ItemRecord[] = ERAS.flatMap((era): ItemRecord[] => [
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

function laneElement(group: GroupRecord): HTMLElement {
  if (group.faction) return buildLaneElement(group.faction);
  const label = document.createElement('span');
  label.className = 'tl-lane tl-lane--eras';
  label.textContent = 'Period';
  return label;
}

const OPTIONS: TimelineOptions = {
  min: new Date(TIMELINE_MIN),
  max: new Date(TIMELINE_MAX),
  zoomMin: ZOOM_MIN_MS,
  zoomMax: ZOOM_MAX_MS,
  start: new Date(FIT_ALL.from),
  end: new Date(FIT_ALL.to),
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  showCurrentTime: false,
  selectable: true,
  multiselect: false,
  // The page scrolls with the wheel; zooming needs ctrl/⌘ (or the buttons and keys).
  zoomKey: 'ctrlKey',
  verticalScroll: false,
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  // Our dates are UTC instants; the axis must not shift them into the reader's zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  groupTemplate: (group: unknown) => laneElement(group as GroupRecord),
  xss: { disabled: true },
};

/**
 * The imperative vis-timeline engine. Created once per mount; React pushes changes through
 * its methods and destroys it on unmount.
 */
export class TimelineEngine {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<ItemRecord>();
  private readonly groups = new DataSet<GroupRecord>();
  private ready = false;
  private selectedId: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    callbacks: EngineCallbacks,
    initial: { from: number; to: number } | null,
  ) {
    const options: TimelineOptions = {
      ...OPTIONS,
      ...(initial ? { start: new Date(initial.from), end: new Date(initial.to) } : {}),
      // vis-timeline would put a string through innerHTML; these are DOM nodes built with textContent.
      template: (item: unknown) => this.itemElement(item as ItemRecord),
    };
    this.items.add(ERA_ITEMS);
    this.timeline = new Timeline(container, this.items, this.groups, options);
    this.timeline.on('select', (props?: { items?: string[] }) => {
      callbacks.onSelect(props?.items?.[0] ?? null);
    });
    this.timeline.on('rangechanged', (props?: { start: Date; end: Date; byUser: boolean }) => {
      if (props?.byUser) callbacks.onWindowChange(props.start.valueOf(), props.end.valueOf());
    });
    // The first draw measures lanes after fonts settle; a second draw avoids a visible jump.
    const onFirstChange = () => {
      if (this.ready) return;
      this.ready = true;
      this.timeline.off('changed', onFirstChange);
      this.timeline.redraw();
      callbacks.onReady();
    };
    this.timeline.on('changed', onFirstChange);
  }

  private itemElement(record: ItemRecord): HTMLElement | string {
    if (record.model) return buildItemElement(record.model, record.model.id === this.selectedId);
    if (record.era) return buildEraElement(record.era);
    return '';
  }

  setData(models: readonly TimelineItemModel[], lanes: readonly Faction[]): void {
    this.groups.clear();
    this.groups.add([
      ERA_LANE,
      ...lanes.map((faction) => ({ id: faction.id, content: faction.name, faction })),
    ]);
    const records: ItemRecord[] = models.map((model) => {
      const record: ItemRecord = {
        id: model.id,
        group: model.group,
        start: model.start,
        type: model.type,
        content: model.title,
        className: `tl-event tl-kind-${model.kind}`,
        style: `--faction: ${model.colour}`,
        model,
      };
      if (model.end) record.end = model.end;
      return record;
    });
    const keep = new Set(records.map((r) => r.id));
    this.items.remove(this.items.getIds({ filter: (r) => r.model !== undefined && !keep.has(r.id) }));
    this.items.update(records);
  }

  setSelection(id: string | null): void {
    this.selectedId = id;
    this.timeline.setSelection(id === null ? [] : [id]);
    // Items already drawn keep their element; their pressed state is updated in place.
    for (const el of this.container.querySelectorAll<HTMLElement>('[data-event-id]')) {
      el.setAttribute('aria-pressed', String(el.dataset.eventId === id));
    }
  }

  /** Brings an event into view without changing the zoom when it is already visible. */
  reveal(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    const { start, end } = this.timeline.getWindow();
    const at = new Date(item.start).valueOf();
    if (at < start.valueOf() || at > end.valueOf()) this.timeline.moveTo(new Date(at), { animation: false });
  }

  setWindow(from: number, to: number): void {
    const current = this.timeline.getWindow();
    // Ignore the echo of a window the engine itself reported.
    if (Math.abs(current.start.valueOf() - from) < 1000 && Math.abs(current.end.valueOf() - to) < 1000)
      return;
    this.timeline.setWindow(new Date(from), new Date(to), { animation: false });
  }

  fitAll(): void {
    this.timeline.setWindow(new Date(FIT_ALL.from), new Date(FIT_ALL.to), { animation: false });
  }

  zoom(direction: 'in' | 'out'): void {
    if (direction === 'in') this.timeline.zoomIn(0.5, { animation: false });
    else this.timeline.zoomOut(0.5, { animation: false });
  }

  getWindow(): { from: number; to: number } {
    const { start, end } = this.timeline.getWindow();
    return { from: start.valueOf(), to: end.valueOf() };
  }

  destroy(): void {
    this.timeline.destroy();
  }
}
