import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
// vis-timeline's stylesheet is on the page already: the preview brings it (preview/).
import type { Faction } from '../data/schemas';
import { ERA_ITEMS, ERA_LANE, type GroupRecord, type ItemRecord, laneElement } from './era-items';
import { buildClusterElement, buildEraElement, buildItemElement, setClusterCount } from './item-element';
import { FIT_ALL, TIMELINE_MAX, TIMELINE_MIN, ZOOM_MAX_MS, ZOOM_MIN_MS } from './limits';
import { itemsToDraw, MAX_DRAWN } from './drawn-items';
import { bins, laneCapacity } from './drawn-density';
import { markDrawn } from './draw-marks';
import { needsRedraw } from './needs-redraw';
import { densityFor, neighbour, type Density, type Direction } from './navigation';
import type { TimelineItemModel } from './to-items';

export interface EngineCallbacks {
  onSelect: (id: string | null) => void;
  /** Called when the reader pans or zooms, not when the app moves the window. */
  onWindowChange: (from: number, to: number) => void;
  /** The first complete draw, after which the timeline may be shown. */
  onReady: () => void;
  /** Keyboard focus moved to an event, for the live region. */
  onFocusEvent: (id: string) => void;
}

const BASE_OPTIONS: TimelineOptions = {
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
  // The page scrolls with the wheel; zooming needs ctrl/⌘ (or the buttons, keys and pinch).
  zoomKey: 'ctrlKey',
  verticalScroll: false,
  margin: { item: { horizontal: 4, vertical: 5 }, axis: 6 },
  // Our dates are UTC instants; the axis must not shift them into the reader's zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  groupTemplate: (group: unknown) => laneElement(group as GroupRecord),
};

/** The parts of vis-timeline's internals this engine relies on (vis-timeline 8.5, pinned). */
interface VisInternals {
  range?: { start: number; end: number };
  /** The size its resize watch last saw, and its own element. */
  props?: { lastWidth?: number; lastHeight?: number };
  dom?: { root?: HTMLElement };
  /**
   * Redraws in a row that changed a size; at 5 it gives up redrawing. Its redraws while hidden
   * count too (they return before resetting it), so it is reset when the timeline is shown.
   */
  redrawCount?: number;
  /**
   * Given a start and end, it stays invisible until its window has changed once, which a
   * window set before the first draw never does; shown with that window, it has it already.
   */
  initialRangeChangeDone?: boolean;
}

/**
 * The imperative vis-timeline engine. Created once per mount; React pushes changes through
 * its methods and destroys it on unmount. vis-timeline has no keyboard model of its own, so
 * focus (a roving tabindex over the drawn items) is kept here.
 */
export class TimelineEngine {
  private readonly timeline: Timeline;
  /**
   * vis-timeline's own element's parent, hidden (display: none) until the first data arrives.
   * Every change vis-timeline sees before its first draw redraws and measures the whole timeline
   * on the spot; hidden, it returns at once. One draw, when the data is in, does it all.
   * The container holds the preview's items too (same data-event-id) until the engine takes over,
   * so the engine looks for its own items here.
   */
  private readonly host: HTMLElement;
  private readonly items = new DataSet<ItemRecord>();
  private readonly groups = new DataSet<GroupRecord>();
  private models: readonly TimelineItemModel[] = [];
  private laneOrder: readonly string[] = [];
  private selectedId: string | null = null;
  private focusId: string | null = null;
  private density: Density = 'overview';
  /** An event to focus as soon as its element is drawn (after the window moved to it). */
  private pendingFocus: string | null = null;
  /**
   * Whether keyboard focus belongs on the focused event: vis-timeline replaces item elements
   * when it redraws (a zoom, a resize), and focus must survive that.
   */
  private holdsFocus = false;
  private ready = false;
  /** The latest count of each cluster handed to vis-timeline, which may be newer than its record's. */
  private readonly clusterCounts = new Map<string, number>();

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: EngineCallbacks,
    initial: { from: number; to: number } | null,
  ) {
    const options: TimelineOptions = {
      ...BASE_OPTIONS,
      ...(initial ? { start: new Date(initial.from), end: new Date(initial.to) } : {}),
      // vis-timeline would put a string through innerHTML; these are DOM nodes built with textContent.
      template: (item: unknown) => this.itemElement(item as ItemRecord),
    };
    this.items.add(ERA_ITEMS);
    this.host = document.createElement('div');
    this.host.className = 'timeline__engine';
    this.host.hidden = true;
    // Out of reach (Tab, screen readers) until it takes the preview's place: see takeOver().
    this.host.inert = true;
    container.append(this.host);
    this.timeline = new Timeline(this.host, this.items, this.groups, options);

    this.timeline.on('select', (props?: { items?: string[] }) => {
      const id = props?.items?.[0] ?? null;
      const cluster = id === null ? undefined : this.items.get(id)?.cluster;
      if (cluster) {
        // A cluster opens by zooming into its stretch of time.
        this.timeline.setSelection(this.selectedId === null ? [] : [this.selectedId]);
        this.setWindow(cluster.from, cluster.to);
        callbacks.onWindowChange(cluster.from, cluster.to);
        return;
      }
      if (id !== null) this.focusId = id;
      callbacks.onSelect(id);
    });
    this.timeline.on('rangechange', (props?: { start: Date; end: Date }) => {
      if (props) this.updateDensity({ from: props.start.valueOf(), to: props.end.valueOf() });
    });
    this.timeline.on('rangechanged', (props?: { start: Date; end: Date; byUser: boolean }) => {
      this.drawWindow();
      if (props?.byUser) callbacks.onWindowChange(props.start.valueOf(), props.end.valueOf());
    });
    this.timeline.on('changed', () => {
      this.onDrawn();
    });
    this.host.addEventListener('focusin', (e) => {
      const id = (e.target as HTMLElement).dataset.eventId;
      if (id === undefined) return;
      this.focusId = id;
      this.holdsFocus = true;
    });
    this.host.addEventListener('focusout', (e) => {
      // Focus leaving for another control (not lost to a redraw, which leaves no related target).
      const to = e.relatedTarget as Node | null;
      if (to && !this.host.contains(to)) this.holdsFocus = false;
    });
  }

  private onDrawn(): void {
    this.markDrawn();
    if (!this.ready) {
      this.ready = true;
      this.settleResizeWatch();
      this.callbacks.onReady();
    }
    this.syncClusterCounts();
    this.updateTabStop();
    this.restoreFocus();
  }

  /**
   * vis-timeline checks its size every second and redraws everything when it differs from the
   * size it last saw, which it took while hidden (see `host`). Telling it the drawn size saves
   * that second, identical draw.
   */
  private settleResizeWatch(): void {
    const { props, dom } = this.timeline as unknown as VisInternals;
    if (!props || !dom?.root) return;
    props.lastWidth = dom.root.offsetWidth;
    props.lastHeight = dom.root.offsetHeight;
  }

  /** Marks for the benchmark (npm run bench): when events were first drawn, and the last redraw. */
  private markDrawn(): void {
    if (this.models.length > 0) markDrawn();
  }

  /** Puts focus where it belongs after a draw: on an event waiting for it, or back after a redraw. */
  private restoreFocus(): void {
    const wanted = this.pendingFocus ?? (this.holdsFocus ? this.focusId : null);
    if (wanted === null) return;
    const el = this.elementFor(wanted);
    if (!el && this.pendingFocus !== null && this.isClustered(wanted)) {
      // The event is inside a cluster at this zoom: zoom in on it until it stands alone.
      const model = this.models.find((m) => m.id === wanted);
      const { from, to } = this.getWindow();
      if (model && to - from > 4 * ZOOM_MIN_MS) {
        const at = model.start.valueOf();
        const half = (to - from) / 4;
        this.setWindow(at - half, at + half);
        this.callbacks.onWindowChange(at - half, at + half);
      }
      return;
    }
    const active = document.activeElement;
    if (el && (this.pendingFocus !== null || !active || active === document.body)) {
      this.pendingFocus = null;
      el.focus();
    }
  }

  private itemElement(record: ItemRecord): HTMLElement | string {
    if (record.cluster)
      return buildClusterElement(
        record.cluster.id,
        this.clusterCounts.get(record.cluster.id) ?? record.cluster.count,
      );
    if (record.model) {
      const el = buildItemElement(record.model, record.model.id === this.selectedId);
      el.tabIndex = record.model.id === this.focusId ? 0 : -1;
      return el;
    }
    if (record.era) return buildEraElement(record.era);
    return '';
  }

  private isClustered(id: string): boolean {
    return !this.items.get(id) && this.items.getIds({ filter: (r) => r.cluster !== undefined }).length > 0;
  }

  private elementFor(id: string): HTMLElement | null {
    return this.host.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  private densityNow(w: { from: number; to: number }): Density {
    return densityFor(w.to - w.from, this.container.clientWidth || 1000);
  }

  private updateDensity(w: { from: number; to: number }): void {
    const density = this.densityNow(w);
    if (density === this.density) return;
    this.density = density;
    this.container.dataset.density = density;
    // Labels change width with the density; updated items are redrawn and measured afresh.
    this.drawWindow(true);
  }

  /**
   * Puts into the engine what the current window needs (see drawn-items.ts), touching only what
   * changed: vis-timeline measures each item it is given, so unchanged items are left alone.
   * `redrawAll` redraws every drawn event (their labels change with the density).
   */
  private drawWindow(redrawAll = false): void {
    this.putRecords(this.records(), redrawAll);
  }

  private putRecords(records: readonly ItemRecord[], redrawAll: boolean): void {
    const next = new Set(records.map((r) => r.id as string));
    const changed = records.filter((r) => redrawAll || needsRedraw(this.items.get(r.id as string), r));
    const stale = this.items.getIds({
      filter: (r) => (r.model !== undefined || r.cluster !== undefined) && !next.has(r.id as string),
    });
    this.withBatchedDrawing(() => {
      // An updated item that is on screen is redrawn on the spot, one layout each; removed and
      // added again, it waits for the batched redraw like a new one.
      this.items.remove([...stale, ...changed.map((r) => r.id as string).filter((id) => this.items.get(id))]);
      this.items.add(changed);
    });
    if (this.selectedId !== null && changed.some((r) => r.id === this.selectedId))
      this.timeline.setSelection([this.selectedId]);
    for (const id of stale) this.clusterCounts.delete(String(id));
    for (const { cluster } of records) if (cluster) this.clusterCounts.set(cluster.id, cluster.count);
    // Clusters whose count alone changed get no redraw from vis-timeline: update them now.
    this.syncClusterCounts();
    // With nothing handed to vis-timeline it will not redraw; what is shown is up to date.
    if (stale.length === 0 && changed.length === 0) this.markDrawn();
  }

  /**
   * Keeps the counts of clusters vis-timeline keeps drawn in step with the latest records (see
   * setClusterCount). Run after each change and again after each draw: while vis-timeline
   * rearranges lanes their elements may be out of the document.
   */
  private syncClusterCounts(): void {
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-cluster-id]')) {
      const count = this.clusterCounts.get(el.dataset.clusterId ?? '');
      if (count !== undefined && el.textContent !== String(count)) setClusterCount(el, count);
    }
  }

  /**
   * vis-timeline draws and measures an item the moment it is added when it falls inside the
   * window: one forced layout per item, hundreds of milliseconds for a few hundred. Its own
   * redraw (next frame) draws the new items of each lane in one batch. While `change` runs the
   * window is made empty, so no added item counts as visible and all of them wait for that
   * batch. Before vis's first draw the timeline is hidden (see `host`) and drawn once when shown.
   */
  private withBatchedDrawing(change: () => void): void {
    const { range } = this.timeline as unknown as VisInternals;
    if (!range) {
      change();
      return;
    }
    const { start, end } = range;
    range.start = range.end = Number.MIN_SAFE_INTEGER;
    try {
      change();
    } finally {
      range.start = start;
      range.end = end;
    }
  }

  /**
   * Exactly one drawn event is in the Tab order: the focused one, else the selected one,
   * else the first one visible.
   */
  private updateTabStop(): void {
    const drawn = this.host.querySelectorAll<HTMLElement>('[data-event-id]');
    if (drawn.length === 0) return;
    const wanted = [this.focusId, this.selectedId].find((id) => id !== null && this.elementFor(id) !== null);
    let stop = wanted ? this.elementFor(wanted) : null;
    if (!stop) {
      const visible = new Set(this.timeline.getVisibleItems().map(String));
      const first = this.models.find((m) => visible.has(m.id));
      stop = first ? this.elementFor(first.id) : (drawn[0] ?? null);
    }
    for (const el of drawn) el.tabIndex = el === stop ? 0 : -1;
  }

  private records(): ItemRecord[] {
    const width = this.container.clientWidth || 1000;
    return itemsToDraw(this.models, this.getWindow(), bins(width), MAX_DRAWN, laneCapacity(width)).map(
      (drawn) => {
        if (drawn.kind === 'cluster') {
          const { cluster } = drawn;
          return {
            id: cluster.id,
            group: cluster.group,
            start: new Date(cluster.from),
            end: new Date(cluster.to),
            type: 'range',
            content: '',
            className: 'tl-cluster-item',
            cluster,
          };
        }
        const { model } = drawn;
        const record: ItemRecord = {
          id: model.id,
          group: model.group,
          start: model.start,
          type: model.type,
          // Never shown: the template draws the item; no data string is handed to the engine.
          content: '',
          className: `tl-event tl-kind-${model.kind} tl-density-${this.density}`,
          style: `--faction: ${model.colour}`,
          model,
        };
        if (model.end) record.end = model.end;
        return record;
      },
    );
  }

  /** The engine now stands where the preview stood: its items can be reached. */
  takeOver(): void {
    this.host.inert = false;
  }

  setData(models: readonly TimelineItemModel[], lanes: readonly Faction[]): void {
    this.models = models;
    this.laneOrder = lanes.map((l) => l.id);
    if (this.host.hidden) {
      // Measured here rather than on construction: one layout of the page once it is built,
      // instead of one more while React is still putting it together.
      this.density = this.densityNow(this.getWindow());
      this.container.dataset.density = this.density;
    }
    this.putLanes(lanes);
    this.putRecords(this.records(), false);
    if (this.host.hidden) {
      this.host.hidden = false;
      const internals = this.timeline as unknown as VisInternals;
      internals.redrawCount = 0;
      internals.initialRangeChangeDone = true;
      // Marks every item for measuring and draws on the next frame, all lanes in one batch.
      this.timeline.redraw();
    }
  }

  /**
   * Keeps the lanes in step with the factions shown, touching only lanes that come or go: a lane
   * added anew re-adds its items, so clearing them all would redraw every event.
   */
  private putLanes(lanes: readonly Faction[]): void {
    const wanted: GroupRecord[] = [
      { ...ERA_LANE, order: 0 },
      ...lanes.map((faction, index) => ({
        id: faction.id,
        content: faction.name,
        faction,
        order: index + 1,
      })),
    ];
    const wantedIds = new Set(wanted.map((g) => g.id));
    const changed = wanted.filter((g) => {
      const drawn = this.groups.get(g.id);
      return !drawn || drawn.faction !== g.faction || drawn.order !== g.order;
    });
    this.withBatchedDrawing(() => {
      this.groups.remove(this.groups.getIds().filter((id) => !wantedIds.has(id)));
      this.groups.update(changed);
    });
  }

  setSelection(id: string | null): void {
    this.selectedId = id;
    if (id !== null) this.focusId = id;
    this.timeline.setSelection(id === null ? [] : [id]);
    // Items already drawn keep their element; their pressed state is updated in place.
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-event-id]')) {
      el.setAttribute('aria-pressed', String(el.dataset.eventId === id));
    }
    this.updateTabStop();
  }

  /** Brings an event into view, keeping the zoom, when it is outside the window. */
  reveal(id: string): void {
    const model = this.models.find((m) => m.id === id);
    if (!model) return;
    const { start, end } = this.timeline.getWindow();
    const at = model.start.valueOf();
    if (at >= start.valueOf() && at <= end.valueOf()) return;
    this.timeline.moveTo(new Date(at), { animation: false });
    const moved = this.getWindow();
    this.callbacks.onWindowChange(moved.from, moved.to);
  }

  /** Moves keyboard focus to an event, scrolling the timeline to it first when needed. */
  focusEvent(id: string): void {
    this.focusId = id;
    this.holdsFocus = true;
    this.reveal(id);
    this.callbacks.onFocusEvent(id);
    const el = this.elementFor(id);
    if (el) {
      this.updateTabStop();
      el.focus();
    } else {
      this.pendingFocus = id;
      this.restoreFocus();
    }
  }

  /** The event keyboard focus would move to, or null at an edge. */
  neighbourOf(id: string, direction: Direction): string | null {
    return neighbour(this.models, this.laneOrder, id, direction);
  }

  setWindow(from: number, to: number): void {
    const current = this.timeline.getWindow();
    // Ignore the echo of a window the engine itself reported.
    if (Math.abs(current.start.valueOf() - from) < 1000 && Math.abs(current.end.valueOf() - to) < 1000)
      return;
    this.timeline.setWindow(new Date(from), new Date(to), { animation: false });
    this.updateDensity({ from, to });
    this.drawWindow();
  }

  fitAll(): void {
    this.setWindow(FIT_ALL.from, FIT_ALL.to);
  }

  zoom(direction: 'in' | 'out'): void {
    if (direction === 'in') this.timeline.zoomIn(0.5, { animation: false });
    else this.timeline.zoomOut(0.5, { animation: false });
    this.updateDensity(this.getWindow());
    this.drawWindow();
  }

  getWindow(): { from: number; to: number } {
    const { start, end } = this.timeline.getWindow();
    return { from: start.valueOf(), to: end.valueOf() };
  }

  destroy(): void {
    this.timeline.destroy();
    this.host.remove();
  }
}
