import type { TimelineItemModel } from '../to-items';
import { rankEvents } from './rank';
import { LaneRows } from './rows';

/**
 * The one rule for what the timeline writes where, used by the preview and by vis-timeline alike:
 * which events carry their names, how each is drawn, and which are counted into a cluster because
 * their lane has no room left for them. Key events (landmarks) and the events the reader is on
 * (selected, focused) are named at every zoom; the rest in order of how much the source says of
 * them, as long as their lane has a row free for them; what is left is counted.
 */

/** How an event is drawn. */
export type Shape =
  /** A dot, the kind's mark and, when named, the name beside it. */
  | 'point'
  /** A period too short at this zoom to hold its name: a short bar, the name beside it. */
  | 'period'
  /** A bar across its time, the name inside it. */
  | 'range';

export interface PlannedEvent {
  kind: 'event';
  model: TimelineItemModel;
  shape: Shape;
  /** Whether its name is written beside it. */
  named: boolean;
  /**
   * The name as written: whole, or, for an event named at every zoom whose whole name fits on
   * neither side of it before the lanes' edge (a phone's 290 px of lanes), shortened at a word:
   * its opening article dropped, or ended with "…" (cutAtWord). Its button's accessible name and
   * its tooltip keep the whole title.
   */
  label: string;
  /** A period's bar, in whole pixels (its width changes what is drawn). */
  barPx: number;
  /** Its place in its lane's stacking order (vis-timeline's `order` option): row by row, left to right. */
  rank: number;
  /** The row the plan put it in, from 0 at the top: where the stacking then puts it too. */
  row: number;
  /** Its left and right edges as the plan measured them, in pixels from the lanes' left edge. */
  box: [number, number];
  /**
   * Its name is written before it, ending at its dot or short bar: written after it, the name would
   * run past the lanes' right edge (the last events of 1936–37 at "Fit all", or beside an open panel).
   */
  flipped: boolean;
  /** Where it is drawn from (ms): its start, or for a flipped name, where the name begins. */
  at: number;
}

export interface ClusterModel {
  id: string;
  group: string;
  /** The earliest start and the latest end of the events it holds. */
  from: number;
  to: number;
  count: number;
  /** Its earliest event: where keyboard focus goes when the cluster is opened from the keyboard. */
  first: string;
}

export interface PlannedCluster {
  kind: 'cluster';
  cluster: ClusterModel;
  /**
   * A badge at its first event, counting what its lane had no room for; or, where thousands of
   * events crowd the window (drawn-items.ts), a bar over a fixed stretch of time, whose count can
   * change without it being measured again.
   */
  shape: 'badge' | 'bin';
  /** Where it is drawn from (ms): a badge sits just after its first event, or just before it. */
  at: number;
  rank: number;
  row: number;
  box: [number, number];
}

export type Drawn = PlannedEvent | PlannedCluster;

/** Sizes of what is drawn, in pixels: read from the page (measure.tsx), or made up in tests. */
export interface ItemMetrics {
  /** The width of a name as the timeline writes it. */
  text: (name: string) => number;
  /** An item's width besides its name: padding, the kind's mark and the gap after it. */
  chrome: number;
  /**
   * The part of that after the name's last letter (padding): the lanes' edge may cut it off and
   * leave the name whole.
   */
  trail: number;
  /** An unnamed point's content: its mark, or the least a target may be (24 px), and padding. */
  bare: number;
  /** A point's dot. */
  dot: number;
  /**
   * An item whose name is written before it. A point's: its width besides the name (the mark and
   * its own dot after it), and how far its dot's centre is from its right edge. A short period's:
   * its width besides the name and the bar, and how far the bar's end is from its right edge.
   */
  flipped: { chrome: number; dotInset: number; periodChrome: number; barInset: number };
  /** A cluster's badge for a count. */
  badge: (count: number) => number;
  /** What vis-timeline keeps clear between two items side by side. */
  margin: number;
}

export interface PlanOptions {
  window: { from: number; to: number };
  /** The lanes' width in pixels: the window is spread over it. */
  width: number;
  /**
   * Where the lanes' box cuts off what is drawn, in pixels from their left edge, if short of
   * `width`: vis-timeline spreads the window a border and a pixel past what is seen
   * (layout/use-geometry.ts), and a name planned to end there lost its last letter.
   */
  edge?: number;
  /** Rows a lane may fill with events before the rest are counted. */
  rowCap: number;
  /** Events to draw whatever the room: the selected and the focused one. */
  pinned: ReadonlySet<string>;
  metrics: ItemMetrics;
}

/** The least width of anything pressed (WCAG 2.5.8): an item's content is never narrower. */
const TARGET_PX = 24;

/** How far (in pixels) a cluster's badge may move off its first event to find room in a row. */
const BADGE_SHIFTS = [0, 12, 24, 36, 48, 64, 80, 96];
/**
 * How far a badge may sit before its first event: less far than after it, as the events it counts
 * run on after their first, never before it.
 */
const BADGE_SHIFT_BEFORE = 24;

/** Events of one lane closer than this (in pixels) are counted into one cluster. */
const CLUSTER_REACH = 60;

const endOf = (m: TimelineItemModel) => (m.end ?? m.start).valueOf();

export function planLanes(models: readonly TimelineItemModel[], options: PlanOptions): Drawn[] {
  const byLane = new Map<string, TimelineItemModel[]>();
  for (const m of models) {
    const lane = byLane.get(m.group);
    if (lane) lane.push(m);
    else byLane.set(m.group, [m]);
  }
  const drawn: Drawn[] = [];
  for (const lane of byLane.values()) planLane(lane, options, drawn);
  return drawn;
}

function planLane(models: readonly TimelineItemModel[], options: PlanOptions, out: Drawn[]): void {
  const { window: win, width, rowCap, pinned, metrics } = options;
  const pxPerMs = width / Math.max(win.to - win.from, 1);
  const edge = Math.min(options.edge ?? width, width);
  const x = (ms: number) => (ms - win.from) * pxPerMs;
  const rows = new LaneRows(metrics.margin);
  const overflow: TimelineItemModel[] = [];
  /** What is placed, ranked once all of it is. */
  const placed: Drawn[] = [];

  // Names first, in order of rank: an event without room for its name takes none from the next.
  for (const model of rankEvents(models, pinned)) {
    const left = x(model.start.valueOf());
    const bar = model.end ? x(model.end.valueOf()) - left : 0;
    const barPx = Math.round(bar);
    const nameWidth = metrics.text(model.name) + metrics.chrome;
    const mustDraw = model.landmark || pinned.has(model.id);
    const limit = mustDraw ? Number.POSITIVE_INFINITY : rowCap;
    const start = model.start.valueOf();
    const put = (
      shape: Shape,
      named: boolean,
      from: number,
      right: number,
      flipped = false,
      label = model.name,
    ) => {
      const row = rows.place(from, right, limit);
      if (row === null) return false;
      const at = flipped ? win.from + from / pxPerMs : start;
      placed.push({
        kind: 'event',
        model,
        shape,
        named,
        label,
        barPx,
        rank: 0,
        row,
        box: [from, right],
        flipped,
        at,
      });
      return true;
    };
    if (bar >= metrics.dot && bar >= nameWidth) {
      // A bar wide enough for its name; named if the part in view is too.
      const inView = Math.min(left + bar, edge) - Math.max(left, 0);
      if (put('range', inView >= nameWidth, left, left + bar)) continue;
    } else {
      const shape: Shape = bar >= metrics.dot ? 'period' : 'point';
      const after = namedAfter(shape, left, bar, nameWidth, metrics);
      // Its dot or short bar left of the window, the name written after it would be cut by the
      // lanes' left edge ("th Party Congress" once panned): drawn bare, unless its name is out of
      // sight too.
      const markOut = (shape === 'period' ? left + bar : left) < 0;
      if (markOut && after[1] - metrics.trail > 0) {
        if (!put(shape, false, ...bareBox(shape, left, bar, metrics))) overflow.push(model);
        continue;
      }
      // Past the lanes' right edge a name written after its dot or short bar would be cut off:
      // written before it, where that fits and the event is in view (just past the edge, the name
      // before it would be cut there in turn). Only then is that box worked out.
      const cut = after[1] - metrics.trail > edge;
      const before = cut && left <= edge ? namedBefore(shape, left, barPx, model.name, metrics) : null;
      if (before && before[0] >= 0 && put(shape, true, ...before, true)) continue;
      // Drawn out of sight, a name needs no room.
      if ((!cut || left > edge) && put(shape, true, ...after)) continue;
      // Where the whole name fits on neither side, an event named at every zoom has it cut at a
      // word, on the side with more room, and bare where not one word fits (never cut mid-word by
      // the lanes' edge: a phone has no hover to show the rest). The others are left to the pass
      // below, which draws them bare, named on hover, where no row holds the whole name.
      if (cut && mustDraw && left <= edge) {
        const short = shortened(shape, left, bar, model.name, edge, metrics);
        if (short) put(shape, true, ...short.box, short.flipped, short.label);
        else put(shape, false, ...bareBox(shape, left, bar, metrics));
        continue;
      }
    }
    overflow.push(model);
  }

  // What had no room is counted, in the lane's rows if a count fits there, else in a row below.
  for (const { cluster, models: held } of clustersOf(overflow, x)) {
    const left = x(cluster.from);
    const [only] = held;
    if (only && held.length === 1) {
      // A count of one says less than the event itself: its dot, unnamed, in a row of the lane's
      // if one has room for that, else in a row below.
      const bar = only.end ? Math.max(x(only.end.valueOf()) - left, 0) : 0;
      const shape: Shape = bar >= metrics.dot ? 'period' : 'point';
      const bare = bareBox(shape, left, bar, metrics);
      const row = rows.find(...bare, rowCap) ?? rows.find(...bare) ?? 0;
      // And named where the name fits in that row too: the dot takes the row either way, and a
      // row below the lane's is often empty beside it (a bare ◆ with 650 px free after it).
      const nameWidth = metrics.text(only.name) + metrics.chrome;
      const withName = namedAfter(shape, left, bar, nameWidth, metrics);
      // Written before it where after it the name would run past the lanes' edge, as above, and
      // bare where neither fits: a name cut off at the edge is no name.
      const before =
        withName[1] - metrics.trail > edge
          ? namedBefore(shape, left, Math.round(bar), only.name, metrics)
          : null;
      // Nor across the left edge from a dot left of the window, nor before one just past the right.
      const crossesLeft = (shape === 'period' ? left + bar : left) < 0 && withName[1] - metrics.trail > 0;
      const flipped = before !== null && before[0] >= 0 && left <= edge && rows.find(...before) === row;
      const named = flipped || (before === null && !crossesLeft && rows.find(...withName) === row);
      const box = before !== null && flipped ? before : named ? withName : bare;
      rows.put(row, ...box);
      placed.push({
        kind: 'event',
        model: only,
        shape,
        named,
        label: only.name,
        barPx: Math.round(bar),
        rank: 0,
        row,
        box,
        flipped,
        at: flipped ? win.from + box[0] / pxPerMs : only.start.valueOf(),
      });
      continue;
    }
    // Near its first event, in the highest of the lane's rows with room (else in a row below):
    // just after it, just before it, or a little further either way.
    const badge = metrics.badge(cluster.count);
    // A badge for events in the window stays in it, where it can be seen and pressed.
    const inWindow = left >= 0 && left <= edge;
    const spots = BADGE_SHIFTS.flatMap((shift): [number, number][] => [
      [left + shift, left + shift + badge],
      ...(shift <= BADGE_SHIFT_BEFORE
        ? [[left - badge - metrics.margin - shift, left - metrics.margin - shift] as [number, number]]
        : []),
    ]).filter(([from, to]) => !inWindow || (from >= 0 && to <= edge));
    let box = spots[0] ?? [left, left + badge];
    let row: number | null = null;
    for (let r = 0; r < rowCap && row === null; r += 1) {
      const spot = spots.find((s) => rows.find(...s, r + 1) === r);
      if (spot) {
        box = spot;
        row = rows.place(...spot, r + 1);
      }
    }
    row ??= placeAnywhere(rows, Number.POSITIVE_INFINITY, box);
    const at = win.from + box[0] / pxPerMs;
    placed.push({ kind: 'cluster', cluster, shape: 'badge', at, rank: 0, row, box });
  }

  // vis-timeline stacks items in the order given, each into the first row where it fits, and
  // searches its rows best when items come left to right: given row by row, left to right, it
  // puts each where the plan did.
  placed.sort((a, b) => a.row - b.row || a.box[0] - b.box[0]);
  placed.forEach((drawn, rank) => out.push({ ...drawn, rank }));
}

/** The box of a point or a short period at `left` with its name after its dot or bar. */
function namedAfter(
  shape: 'point' | 'period',
  left: number,
  bar: number,
  nameWidth: number,
  metrics: ItemMetrics,
): [number, number] {
  return shape === 'period'
    ? [left, left + bar + nameWidth]
    : [left - metrics.dot, left + metrics.dot / 2 + nameWidth];
}

/** The box of a point or a short period at `left` drawn without its name. */
function bareBox(
  shape: 'point' | 'period',
  left: number,
  bar: number,
  metrics: ItemMetrics,
): [number, number] {
  return shape === 'period'
    ? [left, left + Math.max(bar + metrics.bare - TARGET_PX, metrics.bare)]
    : [left - metrics.dot, left + metrics.dot / 2 + metrics.bare];
}

/**
 * A name whole on neither side of its event before the lanes' edges, cut at a word to the room on
 * the side with more, and ended with "…": its label, its box and the side. Null where not even
 * its first word fits.
 */
function shortened(
  shape: 'point' | 'period',
  left: number,
  bar: number,
  name: string,
  edge: number,
  metrics: ItemMetrics,
): { label: string; box: [number, number]; flipped: boolean } | null {
  const { chrome, dotInset, periodChrome, barInset } = metrics.flipped;
  const roomAfter =
    edge + metrics.trail - (shape === 'period' ? left + bar : left + metrics.dot / 2) - metrics.chrome;
  const roomBefore = shape === 'period' ? left + barInset - periodChrome : left + dotInset - chrome;
  const flipped = roomBefore > roomAfter;
  const label = cutAtWord(name, flipped ? roomBefore : roomAfter, metrics.text);
  if (label === null) return null;
  const box = flipped
    ? namedBefore(shape, left, Math.round(bar), label, metrics)
    : namedAfter(shape, left, bar, metrics.text(label) + metrics.chrome, metrics);
  return { label, box, flipped };
}

/** Words a shortened name does not end on: "Death of…", "Ban on…" say less than "Death…". */
const DANGLING = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

/**
 * The most of `name` that fits in `room` pixels: the name without its opening article ("Workers'
 * Opposition"), else its first words with "…" after them, never ending on an article or a
 * preposition ("The…" names nothing). Null where not even its first word fits.
 */
export function cutAtWord(name: string, room: number, text: (name: string) => number): string | null {
  const words = name.split(' ');
  const article = words.length > 1 && /^(the|a|an)$/i.test(words[0] ?? '');
  const cut = (from: number, to: number) =>
    // "Workers' Group…", not "Workers' Group,…" or "Kronstadt –…".
    `${words
      .slice(from, to)
      .join(' ')
      .replace(/[\s,;:–—-]+$/, '')}…`;
  const candidates = article ? [words.slice(1).join(' ')] : [];
  for (let n = words.length - 1; n > 0; n -= 1) {
    if (DANGLING.has((words[n - 1] ?? '').toLowerCase())) continue;
    candidates.push(cut(0, n));
    if (article && n > 1) candidates.push(cut(1, n));
  }
  return candidates.find((label) => label.length > 1 && text(label) <= room) ?? null;
}

/**
 * The box of a point or a short period at `left` with its name written before it. A point's has
 * no dot of vis-timeline's (its own ends its content): its box is its content's, from where it is
 * drawn. A period's bar still begins at `left`.
 */
function namedBefore(
  shape: 'point' | 'period',
  left: number,
  barPx: number,
  name: string,
  metrics: ItemMetrics,
): [number, number] {
  const { chrome, dotInset, periodChrome, barInset } = metrics.flipped;
  if (shape === 'point') return [left + dotInset - (metrics.text(name) + chrome), left + dotInset];
  const right = left + barPx + barInset;
  return [right - (metrics.text(name) + periodChrome + barPx), right];
}

/** Places a box in the lane's rows if it fits there, else in the first row below with room. */
function placeAnywhere(rows: LaneRows, rowCap: number, box: [number, number]): number {
  return rows.place(...box, rowCap) ?? rows.place(...box) ?? 0;
}

/** Events left without room, counted by stretches of at most CLUSTER_REACH pixels. */
function clustersOf(
  models: readonly TimelineItemModel[],
  x: (ms: number) => number,
): { cluster: ClusterModel; models: TimelineItemModel[] }[] {
  const sorted = [...models].sort((a, b) => a.start.valueOf() - b.start.valueOf());
  const clusters: { cluster: ClusterModel; models: TimelineItemModel[]; firstX: number }[] = [];
  for (const m of sorted) {
    const at = x(m.start.valueOf());
    const current = clusters.at(-1);
    if (current && at - current.firstX <= CLUSTER_REACH) {
      current.cluster.count += 1;
      current.cluster.to = Math.max(current.cluster.to, endOf(m));
      current.models.push(m);
      continue;
    }
    const cluster = {
      id: `cluster:${m.group}:${m.id}`,
      group: m.group,
      from: m.start.valueOf(),
      to: endOf(m),
      count: 1,
      first: m.id,
    };
    clusters.push({ cluster, models: [m], firstX: at });
  }
  return clusters;
}
