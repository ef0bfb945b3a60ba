import { describe, expect, it } from 'vitest';
import { itemModel } from '../test-models.test-support';
import { stackBoxes } from '../preview/stack';
import { cutAtWord, planLanes, type Drawn, type ItemMetrics, type PlannedEvent } from './plan';

const YEAR = 365.25 * 86_400_000;
/** Seven pixels a character, as a plain stand-in for the page's font. */
const metrics: ItemMetrics = {
  text: (name) => name.length * 7,
  chrome: 20,
  trail: 3,
  flipped: { chrome: 32, dotInset: 8, periodChrome: 14, barInset: 5 },
  bare: 30,
  dot: 10,
  badge: (count) => 14 + String(count).length * 8,
  margin: 4,
};
/** Ten years over 1000 px: 100 px a year. */
const options = {
  window: { from: Date.UTC(1920, 0, 1), to: Date.UTC(1920, 0, 1) + 10 * YEAR },
  width: 1000,
  rowCap: 2,
  pinned: new Set<string>(),
  metrics,
};

const events = (drawn: Drawn[]) => drawn.filter((d): d is PlannedEvent => d.kind === 'event');
const named = (drawn: Drawn[]) =>
  events(drawn)
    .filter((d) => d.named)
    .map((d) => d.model.id);

describe('planLanes', () => {
  it('names events that have room beside each other in one row', () => {
    const drawn = planLanes([itemModel('a', 'x', 1921), itemModel('b', 'x', 1924)], options);
    expect(named(drawn)).toEqual(['a', 'b']);
  });

  it('names events in rows up to the cap, then counts the rest into a cluster', () => {
    const crowd = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
      itemModel(`long-name-${id}`, 'x', 1921, { weight: id === 'f' ? 9 : 1 }),
    );
    const drawn = planLanes(crowd, options);
    // The most quoted event is named first; two rows hold two names.
    expect(named(drawn)).toEqual(['long-name-f', 'long-name-a']);
    const cluster = drawn.find((d) => d.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.cluster.count).toBe(4);
  });

  it('names an event left over by the cap where its dot goes anyway and its name fits beside it', () => {
    // Two long names fill both rows the cap allows over 1921–1924; an event of mid-1922 has no
    // room for its name in them, nor for its bare dot: it goes to a row below, empty beside it.
    const long = (id: string, weight: number) => itemModel(id, 'x', 1921, { name: 'n'.repeat(40), weight });
    const late = itemModel('late', 'x', 1922, { start: new Date(Date.UTC(1922, 6, 1)) });
    const drawn = events(planLanes([long('a', 3), long('b', 2), late], options));
    const leftOver = drawn.find((d) => d.model.id === 'late');
    expect(leftOver?.row).toBe(2);
    expect(leftOver?.named).toBe(true);
    // Where the row holding its dot has no room for the name too, the dot stays bare: with three
    // rows, a named event of 1923 in the third leaves room for a dot of mid-1922, not its name.
    const far = itemModel('far', 'x', 1923, { start: new Date(Date.UTC(1923, 6, 1)), weight: 1 });
    const wordy = { ...late, name: 'l'.repeat(20), weight: 0 };
    const crowded = events(planLanes([long('a', 3), long('b', 2), far, wordy], { ...options, rowCap: 3 }));
    const bare = crowded.find((d) => d.model.id === 'late');
    expect(bare?.row).toBe(2);
    expect(bare?.named).toBe(false);
  });

  it('writes a name before its event where after it the name would run past the lanes’ right edge', () => {
    // 1929.5 is 950 px in: a name of 20 characters (140 px, 160 with its chrome) after it would end
    // at 1115 px, past the 1000 px lanes.
    const late = itemModel('late', 'x', 1929, {
      start: new Date(Date.UTC(1929, 6, 2)),
      name: 'n'.repeat(20),
    });
    const [drawn] = events(planLanes([late], options));
    const dotAt = 950;
    // Its box ends just past its dot (the dot's inset), and begins the name and chrome before.
    expect(drawn?.flipped).toBe(true);
    expect(drawn?.box[1]).toBeCloseTo(dotAt + 8, 0);
    expect(drawn?.box[0]).toBeCloseTo(dotAt + 8 - (140 + 32), 0);
    // It is drawn from where its name begins.
    const pxPerMs = options.width / (options.window.to - options.window.from);
    expect(((drawn?.at ?? 0) - options.window.from) * pxPerMs).toBeCloseTo(drawn?.box[0] ?? -1, 3);
    // An event whose name fits after it keeps it after.
    const early = itemModel('early', 'x', 1925, { name: 'n'.repeat(20) });
    expect(events(planLanes([early], options))[0]?.flipped).toBe(false);
  });

  it('keeps a name after its event where the lanes’ edge cuts only the padding after its last letter', () => {
    // At 1928.0, eight tenths of the way across: a name of 25 characters (175 px) with its chrome
    // and half the dot ends 200 px further on, and its last 3 px are padding.
    const late = itemModel('late', 'x', 1928, { name: 'n'.repeat(25) });
    // 990 px lanes: it ends at 992, cutting 2 px of padding; 980 px lanes: at 984, cutting a letter.
    const [whole] = events(planLanes([late], { ...options, width: 990 }));
    expect(whole?.named).toBe(true);
    expect(whole?.flipped).toBe(false);
    const [moved] = events(planLanes([late], { ...options, width: 980 }));
    expect(moved?.named).toBe(true);
    expect(moved?.flipped).toBe(true);
  });

  it('never writes a name past the lanes’ edge: an event named at every zoom has it cut at a word', () => {
    // In a window of 150 px the 160 px name fits neither after the dot (at 75 px) nor before it.
    const narrow = {
      ...options,
      window: { from: Date.UTC(1929, 0, 1), to: Date.UTC(1930, 0, 1) },
      width: 150,
    };
    const late = itemModel('late', 'x', 1929, {
      start: new Date(Date.UTC(1929, 6, 2)),
      name: 'n'.repeat(20),
    });
    const [bare] = events(planLanes([late], narrow));
    expect(bare?.named).toBe(false);
    expect(bare?.box[1]).toBeLessThanOrEqual(narrow.width);
    // An event named at every zoom: its name cut at the last word that fits, on the side with
    // more room (after the dot at 75 px: 150 + 3 − (75 + 5) − 20 = 53 px, seven characters, against
    // 75 + 8 − 32 = 51 before it).
    const key = { ...late, landmark: true, name: 'Four words in all' };
    const [cut] = events(planLanes([key], narrow));
    expect(cut).toMatchObject({ named: true, label: 'Four…', flipped: false });
    expect(cut?.box[0]).toBeGreaterThanOrEqual(0);
    expect((cut?.box[1] ?? Infinity) - metrics.trail).toBeLessThanOrEqual(narrow.width);
    expect(cut?.model.name).toBe('Four words in all');
    // Nearer the right edge, before the dot has more room.
    const later = { ...key, start: new Date(Date.UTC(1929, 9, 1)) };
    const [before] = events(planLanes([later], narrow));
    expect(before).toMatchObject({ named: true, flipped: true });
    expect(before?.label.endsWith('…')).toBe(true);
    expect(before?.box[0]).toBeGreaterThanOrEqual(0);
    // Where not even its first word fits, its dot is drawn bare: a name cut mid-word is no name.
    const [bareKey] = events(planLanes([{ ...late, landmark: true }], narrow));
    expect(bareKey?.named).toBe(false);
    expect(bareKey?.box[1]).toBeLessThanOrEqual(narrow.width);
    // Before it, room is taken: a name of 1927 runs to 1928.9 in the one row the cap allows. The
    // event of 1929.5 keeps its dot in that row, bare, where its name used to run on past the edge.
    const first = itemModel('first', 'x', 1927, { name: 'b'.repeat(20), weight: 5 });
    const placed = events(planLanes([first, late], { ...options, rowCap: 1 }));
    const moved = placed.find((d) => d.model.id === 'late');
    expect(moved?.row).toBe(0);
    expect(moved?.named).toBe(false);
    expect(moved?.box[1]).toBeLessThanOrEqual(options.width);
  });

  it('writes a short period’s name before its bar where after it the name would run past the edge', () => {
    // A bar of 1929.3–1929.6 (30 px, narrower than its 160 px name) at 930 px: after it the name
    // would end at 1120 px. Before it, the bar still begins at its start.
    const brief = itemModel('brief', 'x', 1929, {
      start: new Date(Date.UTC(1929, 3, 20)),
      end: new Date(Date.UTC(1929, 7, 8)),
      name: 'n'.repeat(20),
    });
    const [drawn] = events(planLanes([brief], options));
    const x = (ms: number) =>
      ((ms - options.window.from) / (options.window.to - options.window.from)) * options.width;
    const left = x(brief.start.valueOf());
    expect(drawn?.shape).toBe('period');
    expect(drawn?.flipped).toBe(true);
    // Its right edge: the bar's end and the inset after it; its width: name, chrome and bar.
    const barPx = drawn?.barPx ?? 0;
    expect(drawn?.box[1]).toBeCloseTo(left + barPx + 5, 6);
    expect((drawn?.box[1] ?? 0) - (drawn?.box[0] ?? 0)).toBeCloseTo(140 + 14 + barPx, 6);
    expect(x(drawn?.at ?? 0)).toBeCloseTo(drawn?.box[0] ?? -1, 6);
  });

  it('writes a left-over short period’s name before its bar too, in the row below the lane’s', () => {
    // Two longer periods of 1926–27, named after their bars, fill both rows the cap allows from
    // 690 to 995 px (periods are placed first, the longest first); a bar of 1929.3–1929.6 has no
    // room in them and goes to a row below, where its name, after it, would end at 1120 px.
    const long = (id: string, weight: number) =>
      itemModel(id, 'x', 1926, {
        start: new Date(Date.UTC(1926, 10, 25)),
        end: new Date(Date.UTC(1927, 3, 20)),
        name: 'n'.repeat(35),
        weight,
      });
    const brief = itemModel('brief', 'x', 1929, {
      start: new Date(Date.UTC(1929, 3, 20)),
      end: new Date(Date.UTC(1929, 7, 8)),
      name: 'b'.repeat(20),
      weight: 0,
    });
    const leftOver = events(planLanes([long('a', 3), long('b', 2), brief], options)).find(
      (d) => d.model.id === 'brief',
    );
    expect(leftOver?.row).toBe(2);
    expect(leftOver?.shape).toBe('period');
    expect(leftOver?.named).toBe(true);
    expect(leftOver?.flipped).toBe(true);
    expect(leftOver?.box[1]).toBeLessThanOrEqual(options.width);
  });

  it('stacks a name written before its event against the names on its left', () => {
    // A name of 1927 runs to 1928.9: a flipped name of 1929.5 would start over it, so takes a
    // row of its own.
    const before = itemModel('before', 'x', 1927, { name: 'b'.repeat(20) });
    const late = itemModel('late', 'x', 1929, {
      start: new Date(Date.UTC(1929, 6, 2)),
      name: 'n'.repeat(20),
    });
    const drawn = events(planLanes([before, late], options));
    const rows = Object.fromEntries(drawn.map((d) => [d.model.id, d.row]));
    expect(drawn.find((d) => d.model.id === 'late')?.flipped).toBe(true);
    expect(rows.late).not.toBe(rows.before);
    const stacked = stackBoxes(
      drawn.map((d) => ({ start: d.rank, left: d.box[0], width: d.box[1] - d.box[0], height: 20 })),
      { horizontal: metrics.margin, vertical: 3, axis: 1.5 },
      0,
    );
    expect(new Set(stacked.tops).size).toBe(2);
  });

  it('never writes a name across the lanes’ edges from an event out of the window', () => {
    // Left of the window by some 10 px, a name after the dot would run into the lanes: bare.
    const early = itemModel('early', 'x', 1919, {
      start: new Date(Date.UTC(1919, 11, 1)),
      name: 'n'.repeat(20),
      landmark: true,
    });
    const [left] = events(planLanes([early], options));
    expect(left?.named).toBe(false);
    // Just past the right edge, a name written before the dot would run into the lanes: the name
    // stays after it, out of sight.
    const late = itemModel('late', 'x', 1930, {
      start: new Date(Date.UTC(1930, 0, 10)),
      name: 'n'.repeat(20),
    });
    const [right] = events(planLanes([late], options));
    expect(right?.flipped).toBe(false);
    expect(right?.box[0]).toBeGreaterThan(options.width - 10);
  });

  it('cuts a name at a word, never inside one, and drops a dangling comma or dash before the "…"', () => {
    const seven = (name: string) => name.length * 7;
    expect(cutAtWord('Workers’ Group arrested', 15 * 7, seven)).toBe('Workers’ Group…');
    expect(cutAtWord('Lenin, Trotsky and others', 13 * 7, seven)).toBe('Lenin…');
    expect(cutAtWord('Kronstadt – the rising', 13 * 7, seven)).toBe('Kronstadt…');
    expect(cutAtWord('Kronstadt rising', 5 * 7, seven)).toBeNull();
    expect(cutAtWord('Kronstadt', 50 * 7, seven)).toBeNull();
    // An opening article goes first, and never stands alone before the "…".
    expect(cutAtWord('The Workers’ Opposition', 19 * 7, seven)).toBe('Workers’ Opposition');
    expect(cutAtWord('The Democratic Centralists', 15 * 7, seven)).toBe('The Democratic…');
    expect(cutAtWord('The Democratic Centralists', 11 * 7, seven)).toBe('Democratic…');
    expect(cutAtWord('The Democratic Centralists', 9 * 7, seven)).toBeNull();
    // Nor on a preposition: "Death…", not "Death of…".
    expect(cutAtWord('Death of Lenin', 9 * 7, seven)).toBe('Death…');
    expect(cutAtWord('Platform of the Opposition', 20 * 7, seven)).toBe('Platform…');
  });

  it('names key events and the selected event whatever the cap', () => {
    const crowd = ['a', 'b', 'c', 'd'].map((id) => itemModel(id.repeat(12), 'x', 1921));
    const drawn = planLanes(
      [...crowd, itemModel('key', 'x', 1921, { landmark: true }), itemModel('mine', 'x', 1921)],
      { ...options, rowCap: 1, pinned: new Set(['mine']) },
    );
    expect(named(drawn).slice(0, 2)).toEqual(['key', 'mine']);
  });

  it('draws a period wide enough for its name as a bar, a narrow one as a short bar with its name beside it', () => {
    const nep = itemModel('nep', 'x', 1921, { end: new Date(Date.UTC(1928, 0, 1)) });
    const brief = itemModel('brief', 'y', 1921, { end: new Date(Date.UTC(1921, 3, 1)) });
    const [wide, short] = events(planLanes([nep, brief], options));
    expect(wide).toMatchObject({ shape: 'range', named: true });
    expect(short).toMatchObject({ shape: 'period', named: true, barPx: 25 });
  });

  it('draws an event shorter than a dot as a point', () => {
    const congress = itemModel('congress', 'x', 1921, { end: new Date(Date.UTC(1921, 0, 9)) });
    expect(events(planLanes([congress], options))[0]?.shape).toBe('point');
  });

  it('plans each lane on its own', () => {
    const drawn = planLanes([itemModel('a'.repeat(30), 'x', 1921), itemModel('b'.repeat(30), 'y', 1921)], {
      ...options,
      rowCap: 1,
    });
    expect(named(drawn)).toHaveLength(2);
  });

  it('ranks items row by row, left to right: the order vis-timeline stacks them in', () => {
    const drawn = planLanes(
      [
        itemModel('a'.repeat(20), 'x', 1921),
        itemModel('b', 'x', 1925, { landmark: true }),
        itemModel('c'.repeat(20), 'x', 1921, { weight: 5 }),
      ],
      options,
    );
    expect(drawn.map((d) => (d.kind === 'event' ? [d.model.id.slice(0, 1), d.row, d.rank] : null))).toEqual([
      ['c', 0, 0],
      ['b', 0, 1],
      ['a', 1, 2],
    ]);
  });

  it('plans rows that vis-timeline’s own stacking reproduces, lane after random lane', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let lane = 0; lane < 100; lane += 1) {
      const models = Array.from({ length: 3 + Math.floor(next() * 30) }, (_, i) =>
        itemModel(`e${i}-${'n'.repeat(Math.floor(next() * 20))}`, 'x', 1920 + Math.floor(next() * 10), {
          landmark: next() < 0.1,
          weight: Math.floor(next() * 4),
          ...(next() < 0.2 ? { end: new Date(Date.UTC(1921 + Math.floor(next() * 8), 0, 1)) } : {}),
        }),
      );
      const drawn = planLanes(models, { ...options, rowCap: 1 + Math.floor(next() * 3) });
      // The boxes as the plan measured them, stacked as vis-timeline stacks (stack.ts is tested
      // against vis-timeline's own), with its 4 px between items: the plan keeps 4 or more.
      const boxes = drawn.map((d) => ({
        start: d.rank,
        left: d.box[0],
        width: d.box[1] - d.box[0],
        height: 22,
      }));
      const { tops } = stackBoxes(boxes, { horizontal: 4, vertical: 3, axis: 1.5 }, 0);
      expect(
        tops.map((top) => Math.round((top - 1.5) / 25)),
        `lane ${lane}`,
      ).toEqual(drawn.map((d) => d.row));
    }
  });
});
