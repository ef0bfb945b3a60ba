import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
// vis-timeline's stylesheet is on the page already: the preview brings it (preview/).
import type { Faction } from '../../data/schemas';
import { ERAS } from '../../dates/eras';
import type { ClusterModel, Drawn, PlannedCluster } from '../layout/plan';
import type { TimeWindow } from '../../state/slices';
import { TIMELINE_MAX, TIMELINE_MIN, ZOOM_MAX_MS, ZOOM_MIN_MS } from '../../dates/limits';
import {
  buildClusterElement,
  buildEventElement,
  buildLaneElement,
  copyElement,
  setClusterCount,
} from './item-element';
import { sameWindow } from '../input/window-math';
import { needsRedraw, toRecord, type GroupRecord, type ItemRecord } from './records';
import { prepareFirstDraw, settleResizeWatch, withBatchedDrawing } from './vis-internals';

export interface EngineCallbacks {
  /** An event's item was clicked or tapped. */
  onSelect: (id: string) => void;
  /** A cluster was clicked or tapped: the view zooms in on it. */
  onOpenCluster: (cluster: ClusterModel) => void;
  /** The reader is moving the window: every frame of a drag or a pinch. */
  onWindowMove: (window: TimeWindow) => void;
  /** The reader finished a pan or a pinch (not sent when the app moved the window). */
  onWindowChange: (window: TimeWindow) => void;
  /** vis-timeline finished a draw: items may have new elements. */
  onDrawn: () => void;
}

/** Which event is selected and which is the timeline's one Tab stop. */
export interface ItemState {
  selectedId: string | null;
  tabStopId: string | null;
}

const BASE_OPTIONS: TimelineOptions = {
  min: new Date(TIMELINE_MIN),
  max: new Date(TIMELINE_MAX),
  zoomMin: ZOOM_MIN_MS,
  zoomMax: ZOOM_MAX_MS,
  orientation: { axis: 'top', item: 'top' },
  // The axis and the era names are the view's own (axis/), above the scrolling lanes.
  showMajorLabels: false,
  showMinorLabels: false,
  stack: true,
  // Items are stacked in the order the plan placed them (layout/plan.ts), so the rows it planned
  // are the rows drawn.
  order: (a: unknown, b: unknown) => ((a as ItemRecord).rank ?? 0) - ((b as ItemRecord).rank ?? 0),
  showCurrentTime: false,
  selectable: true,
  multiselect: false,
  // The view handles the wheel (input/wheel.ts): it stops ctrl + wheel before it gets here.
  zoomKey: 'ctrlKey',
  verticalScroll: false,
  horizontalScroll: false,
  // The first lane's rows start where the others' do (vis-timeline uses half the vertical margin there).
  margin: { item: { horizontal: 4, vertical: 3 }, axis: 1.5 },
  // Our dates are UTC instants; the grid must not shift them into the reader's zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  groupTemplate: (group: unknown) => {
    const faction = (group as GroupRecord | null)?.faction;
    // vis-timeline may call this for a lane it has already dropped.
    return faction ? buildLaneElement(faction) : '';
  },
};

/** The era tints behind every lane; their names are in the view's header. */
const ERA_RECORDS: ItemRecord[] = ERAS.map((era) => ({
  id: era.id,
  start: new Date(era.from),
  end: new Date(era.to),
  type: 'background',
  className: `tl-era-band ${era.id}`,
  content: '',
  era,
}));

/**
 * The vis-timeline engine, created once per mount; the view pushes what to draw (the plan) and
 * the window into it and destroys it on unmount. It keeps no model of its own: what is drawn,
 * focused and selected is the view's, so that the preview drawn before it and the engine behave
 * the same.
 */
export class TimelineEngine {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<ItemRecord>();
  private readonly groups = new DataSet<GroupRecord>();
  /**
   * vis-timeline's own element's parent, hidden until the first items arrive: every change
   * vis-timeline sees before its first draw redraws and measures the whole timeline on the spot;
   * hidden, it returns at once. One draw, when the items are in, does it all.
   */
  private readonly host: HTMLElement;
  private state: ItemState = { selectedId: null, tabStopId: null };
  /** The bin clusters last planned, whose counts may be newer than vis-timeline's records. */
  private binClusters = new Map<string, PlannedCluster>();
  private ready = false;
  /**
   * The windows a reader's drag or pinch has moved through, as reported to the view, until the
   * gesture ends. The view hands each back (setWindow) a render later, by when the gesture has
   * moved on: applied, that stale window would pull the timeline back, and vis-timeline would
   * end the gesture with a 'rangechanged' that is not the reader's, so it would not be kept.
   */
  private gestureWindows: TimeWindow[] = [];

  constructor(
    container: HTMLElement,
    private readonly callbacks: EngineCallbacks,
    initial: TimeWindow,
  ) {
    this.host = document.createElement('div');
    this.host.className = 'timeline__engine';
    this.host.hidden = true;
    // Out of reach (Tab, screen readers) until it takes the preview's place: see takeOver(). Said
    // twice, for tools that read roles without knowing inert (Playwright's getByRole among them),
    // which would otherwise find each event twice while the engine draws under the preview.
    this.host.inert = true;
    this.host.setAttribute('aria-hidden', 'true');
    container.append(this.host);
    this.items.add(ERA_RECORDS);
    this.timeline = new Timeline(this.host, this.items, this.groups, {
      ...BASE_OPTIONS,
      start: new Date(initial.from),
      end: new Date(initial.to),
      // vis-timeline would put a string through innerHTML; these are DOM nodes built with textContent.
      template: (item: unknown, element: unknown) =>
        this.itemElement(item as ItemRecord, element instanceof HTMLElement ? element : null),
    });
    this.listen();
  }

  private listen(): void {
    this.timeline.on('select', (props?: { items?: string[] }) => {
      const id = props?.items?.[0];
      // vis-timeline's own selection follows the view's, never a click on empty space.
      this.timeline.setSelection(this.state.selectedId === null ? [] : [this.state.selectedId]);
      if (id === undefined) return;
      const drawn = this.items.get(id)?.drawn;
      if (drawn?.kind === 'cluster') this.callbacks.onOpenCluster(drawn.cluster);
      else if (drawn) this.callbacks.onSelect(id);
    });
    this.timeline.on('rangechange', (props?: { start: Date; end: Date; byUser: boolean }) => {
      if (!props?.byUser) return;
      const moved = { from: props.start.valueOf(), to: props.end.valueOf() };
      this.gestureWindows.push(moved);
      this.callbacks.onWindowMove(moved);
    });
    this.timeline.on('rangechanged', (props?: { start: Date; end: Date; byUser: boolean }) => {
      this.gestureWindows = [];
      if (props?.byUser)
        this.callbacks.onWindowChange({ from: props.start.valueOf(), to: props.end.valueOf() });
    });
    this.timeline.on('changed', () => {
      if (!this.ready) {
        this.ready = true;
        settleResizeWatch(this.timeline);
      }
      this.syncClusterCounts();
      this.callbacks.onDrawn();
    });
  }

  /**
   * The element vis-timeline shows for an item, in `holder`, its content element. An event
   * redrawn where it is keeps the element it had, brought up to date (see setItems): vis-timeline
   * leaves an element it is handed back in place, where a new one would take keyboard focus with
   * the old.
   */
  private itemElement(record: ItemRecord, holder: HTMLElement | null): HTMLElement | string {
    const { drawn } = record;
    if (drawn?.kind === 'cluster') return buildClusterElement(drawn);
    if (drawn?.kind === 'event') {
      const { selectedId, tabStopId } = this.state;
      const built = buildEventElement(drawn, drawn.model.id === selectedId, drawn.model.id === tabStopId);
      const shown = holder?.firstElementChild;
      if (!(shown instanceof HTMLElement) || shown.dataset.eventId !== drawn.model.id) return built;
      copyElement(built, shown);
      return shown;
    }
    return '';
  }

  /** The element that holds the drawn items, for the view to find and focus them in. */
  get root(): HTMLElement {
    return this.host;
  }

  /**
   * Keeps the lanes in step with the factions shown, touching only lanes that come or go: a lane
   * added anew re-adds its items, so clearing them all would redraw every event.
   */
  setLanes(lanes: readonly Faction[]): void {
    const wanted: GroupRecord[] = lanes.map((faction, order) => ({
      id: faction.id,
      content: faction.name,
      faction,
      order,
    }));
    const wantedIds = new Set(wanted.map((g) => g.id));
    const changed = wanted.filter((g) => {
      const drawn = this.groups.get(g.id);
      return !drawn || drawn.faction !== g.faction || drawn.order !== g.order;
    });
    withBatchedDrawing(this.timeline, () => {
      this.groups.remove(this.groups.getIds().filter((id) => !wantedIds.has(id)));
      this.groups.update(changed);
    });
  }

  /**
   * Puts what the plan drew into vis-timeline, touching only what changed: it measures each item
   * it is given, so unchanged items are left alone.
   */
  setItems(drawn: readonly Drawn[]): void {
    const records = drawn.map(toRecord);
    const next = new Set(records.map((r) => r.id as string));
    const changed = records.filter((r) => needsRedraw(this.items.get(r.id as string), r));
    const stale = this.items.getIds({ filter: (r) => r.drawn !== undefined && !next.has(r.id as string) });
    // The event that has keyboard focus is updated where it is, its element kept (itemElement).
    // One that changes type (a period zoomed from a short bar to a bar across its time) cannot be:
    // vis-timeline builds it anew, at once outside a batch, and focus goes to the new element in
    // the same task, never left on the page's body for the batched draw a frame later.
    const focused = this.focusedEventId();
    const own = changed.find((r) => r.id === focused);
    const before = own && this.items.get(own.id as string);
    const inPlace = own && before && before.type === own.type ? [own] : [];
    const retyped = own && before && before.type !== own.type ? own : undefined;
    const renewed = changed.filter((r) => r !== own || !before);
    withBatchedDrawing(this.timeline, () => {
      // An updated item that is on screen is redrawn on the spot, one layout each; removed and
      // added again, it waits for the batched redraw like a new one.
      this.items.remove([...stale, ...renewed.map((r) => r.id as string).filter((id) => this.items.get(id))]);
      this.items.add(renewed);
      this.items.update(inPlace);
    });
    if (retyped) {
      this.items.update(retyped);
      this.host
        .querySelector<HTMLElement>(`[data-event-id="${CSS.escape(retyped.id as string)}"]`)
        ?.focus({ preventScroll: true });
    }
    // Bin clusters whose count alone changed get no redraw from vis-timeline: update them now.
    this.binClusters = new Map(
      drawn.flatMap((d) => (d.kind === 'cluster' && d.shape === 'bin' ? [[d.cluster.id, d]] : [])),
    );
    this.syncClusterCounts();
    if (this.host.hidden) this.showFirstDraw();
    else if (stale.length === 0 && changed.length === 0) this.callbacks.onDrawn();
  }

  /** The drawn event keyboard focus is on, if it is on one. */
  private focusedEventId(): string | undefined {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !this.host.contains(active)) return undefined;
    return active.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
  }

  private showFirstDraw(): void {
    this.host.hidden = false;
    prepareFirstDraw(this.timeline);
    // Marks every item for measuring and draws on the next frame, all lanes in one batch.
    this.timeline.redraw();
  }

  /**
   * Writes bin clusters' latest counts into their drawn elements (see setClusterCount). Run after
   * each change and again after each draw: while vis-timeline rearranges lanes their elements may
   * be out of the document.
   */
  private syncClusterCounts(): void {
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-cluster-id]')) {
      const drawn = this.binClusters.get(el.dataset.clusterId ?? '');
      if (drawn) setClusterCount(el, drawn);
    }
  }

  /** Which event is selected and which one Tab reaches: updated in the drawn elements, in place. */
  setState(state: ItemState): void {
    this.state = state;
    this.timeline.setSelection(state.selectedId === null ? [] : [state.selectedId]);
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-event-id]')) {
      el.setAttribute('aria-pressed', String(el.dataset.eventId === state.selectedId));
      el.tabIndex = el.dataset.eventId === state.tabStopId ? 0 : -1;
    }
  }

  /** Shows a window; the view animates, frame by frame, where it wants a glide. */
  setWindow(window: TimeWindow): void {
    // Ignore the echo of a window the engine itself reported, the latest or one the gesture has passed.
    if (sameWindow(this.getWindow(), window) || this.gestureWindows.some((w) => sameWindow(w, window)))
      return;
    this.timeline.setWindow(new Date(window.from), new Date(window.to), { animation: false });
  }

  getWindow(): TimeWindow {
    const { start, end } = this.timeline.getWindow();
    return { from: start.valueOf(), to: end.valueOf() };
  }

  /** The engine now stands where the preview stood: its items can be reached. */
  takeOver(): void {
    this.host.inert = false;
    this.host.removeAttribute('aria-hidden');
  }

  destroy(): void {
    this.timeline.destroy();
    this.host.remove();
  }
}
