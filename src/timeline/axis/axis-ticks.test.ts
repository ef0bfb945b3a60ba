import moment from 'moment';
import * as vis from 'vis-timeline/esnext';
import { describe, expect, it } from 'vitest';
import { axisScale, axisTicks, majorsWithRoom, minorsInView } from './axis-ticks';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

describe('axisScale', () => {
  it('steps five years at the overview on a laptop and ten on a phone', () => {
    // 32 years over a 975 px lane, then over a 245 px one; labels of about 7.5 px a character.
    expect(axisScale((32 * YEAR) / 975, 7.5)).toEqual({ unit: 'year', step: 5 });
    expect(axisScale((32 * YEAR) / 245, 7.5)).toEqual({ unit: 'year', step: 10 });
  });

  it('goes down to months and days as the window narrows', () => {
    expect(axisScale((2 * YEAR) / 1000, 7.5)).toEqual({ unit: 'month', step: 3 });
    expect(axisScale(YEAR / 1000, 7.5)).toEqual({ unit: 'month', step: 1 });
    expect(axisScale((10 * DAY) / 1000, 7.5)).toEqual({ unit: 'day', step: 1 });
  });
});

describe('axisTicks', () => {
  it('labels years from the step below the window start, with no major labels', () => {
    const { minor, major } = axisTicks(
      { from: Date.UTC(1906, 6, 1), to: Date.UTC(1938, 6, 1) },
      { unit: 'year', step: 5 },
    );
    expect(minor.map((t) => t.label)).toEqual(['1905', '1910', '1915', '1920', '1925', '1930', '1935']);
    expect(major).toEqual([]);
  });

  it('labels months by name and years where they begin, and the year in force at the left edge', () => {
    const from = Date.UTC(1920, 10, 15);
    const { minor, major } = axisTicks({ from, to: Date.UTC(1921, 2, 10) }, { unit: 'month', step: 1 });
    expect(minor.map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(major).toEqual([
      { at: from, label: '1920' },
      { at: Date.UTC(1921, 0, 1), label: '1921' },
    ]);
  });

  it('restarts two-day steps at the first of each month', () => {
    const { minor } = axisTicks(
      { from: Date.UTC(1921, 1, 25), to: Date.UTC(1921, 2, 5) },
      { unit: 'day', step: 2 },
    );
    expect(minor.map((t) => t.label)).toEqual(['25', '27', '1', '3']);
  });
});

describe('minorsInView', () => {
  it('leaves out a label that would begin before the lanes and show only its last digits', () => {
    const minor = [
      { at: 1905, label: '1905' },
      { at: 1910, label: '1910' },
      { at: 1915, label: '1915' },
    ];
    // A window from 1906: 1905 would begin 10 px left of the lanes' edge.
    expect(minorsInView(minor, (at) => (at - 1906) * 10)).toEqual(minor.slice(1));
    expect(minorsInView(minor, (at) => (at - 1905) * 10)).toEqual(minor);
  });
});

describe('majorsWithRoom', () => {
  const major = [
    { at: 0, label: '1926' },
    { at: 100, label: '1927' },
  ];
  it('drops the label in force at the left edge when the next one begins too close to read it', () => {
    expect(majorsWithRoom(major, (at) => at * 0.2, 0)).toEqual([{ at: 100, label: '1927' }]);
  });
  it('keeps both with room between them, and a first label that is not the one at the edge', () => {
    expect(majorsWithRoom(major, (at) => at * 2, 0)).toEqual(major);
    expect(majorsWithRoom(major, (at) => at * 0.2, -50)).toEqual(major);
  });
});

describe('axisScale and axisTicks against vis-timeline', () => {
  // vis-timeline's own step maker, which its bundle exports (its types do not declare it), set up
  // as the engine sets vis-timeline up: UTC instants, labels for seven characters.
  interface VisTimeStep {
    scale: string;
    step: number;
    start(): void;
    hasNext(): boolean;
    next(): void;
    getCurrent(): { valueOf(): number };
    isMajor(): boolean;
    getLabelMinor(): string;
    getLabelMajor(): string;
  }
  type VisTimeStepClass = new (
    start: Date,
    end: Date,
    minimumStep: number,
    hiddenDates: [],
    options: { moment: (d: moment.MomentInput) => moment.Moment },
  ) => VisTimeStep;
  const TimeStep = (vis as unknown as { timeline: { TimeStep: VisTimeStepClass } }).timeline.TimeStep;
  const utc = (d: moment.MomentInput) => moment(d).utc();

  const CHAR_WIDTH = 7.5;
  // Windows the reader meets: the overview on a laptop and a phone, the core years, ten
  // years, a few years, a year, a season, a month, a month on a phone, two-day
  // steps across a month's start, days; some start or end on a tick, some not.
  const windows: [number, number, number][] = [
    [Date.UTC(1906, 6, 1), Date.UTC(1938, 6, 1), 975],
    [Date.UTC(1906, 6, 1), Date.UTC(1938, 6, 1), 245],
    [Date.UTC(1917, 0, 1), Date.UTC(1929, 0, 1), 480],
    [Date.UTC(1918, 0, 1), Date.UTC(1928, 0, 1), 1000],
    [Date.UTC(1920, 3, 17), Date.UTC(1924, 8, 2), 1200],
    [Date.UTC(1921, 0, 1), Date.UTC(1922, 0, 1), 900],
    [Date.UTC(1920, 10, 15), Date.UTC(1921, 2, 10), 1000],
    [Date.UTC(1921, 1, 25), Date.UTC(1921, 2, 27), 700],
    [Date.UTC(1921, 1, 20), Date.UTC(1921, 2, 20), 390],
    [Date.UTC(1921, 1, 20, 6), Date.UTC(1921, 2, 12), 1000],
    [Date.UTC(1921, 2, 1), Date.UTC(1921, 2, 11), 1000],
  ];

  it.each(windows)(
    'ticks and labels the window from %d to %d on %d px as vis-timeline’s TimeStep',
    (from, to, px) => {
      const scale = axisScale((to - from) / px, CHAR_WIDTH);
      const step = new TimeStep(new Date(from), new Date(to), CHAR_WIDTH * 7 * ((to - from) / px), [], {
        moment: utc,
      });
      expect(scale).toEqual({ unit: step.scale, step: step.step });

      const visMinor: { at: number; label: string }[] = [];
      const visMajor: { at: number; label: string }[] = [];
      step.start();
      while (step.hasNext() && visMinor.length < 1000) {
        const at = step.getCurrent().valueOf();
        visMinor.push({ at, label: step.getLabelMinor() });
        if (step.isMajor() && at >= from && at < to) visMajor.push({ at, label: step.getLabelMajor() });
        step.next();
      }
      const ours = axisTicks({ from, to }, scale);
      // vis-timeline also ticks the right edge itself when a step falls there; a label starting
      // there would show nothing, so the app's axis stops before it.
      expect(ours.minor).toEqual(visMinor.filter((t) => t.at < to));
      // Ours adds, as vis-timeline's axis does when it draws, the major label in force at the left edge.
      expect(ours.major.filter((t) => t.at !== from || visMajor[0]?.at === from)).toEqual(visMajor);
    },
  );

  it('has windows at every step the app reaches down to days', () => {
    // Read from the windows themselves, not gathered by the tests above: it holds in any order.
    const scales = new Set(
      windows.map(([from, to, px]) => {
        const scale = axisScale((to - from) / px, CHAR_WIDTH);
        return `${scale.unit} ${scale.step}`;
      }),
    );
    expect([...scales].sort()).toEqual([
      'day 1',
      'day 2',
      'month 1',
      'month 3',
      'year 1',
      'year 10',
      'year 5',
    ]);
  });

  it('stays at days at the closest zooms, where vis-timeline’s own grid goes on to hours', () => {
    // Two days over 1280 px: vis-timeline would step hours, but the app's axis names dates,
    // and the timeline never shows less than a day.
    const from = Date.UTC(1921, 2, 7);
    const to = Date.UTC(1921, 2, 9);
    const msPerPx = (to - from) / 1280;
    const step = new TimeStep(new Date(from), new Date(to), CHAR_WIDTH * 7 * msPerPx, [], { moment: utc });
    expect(step.scale).toBe('hour');
    expect(axisScale(msPerPx, CHAR_WIDTH)).toEqual({ unit: 'day', step: 1 });
  });
});
