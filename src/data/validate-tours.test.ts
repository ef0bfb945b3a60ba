import { describe, expect, it } from 'vitest';
import { formatDataError } from './data-error';
import type { HistoricalEvent } from './schemas';
import { TOURS_FILE, validateTours } from './validate-tours';
import { formatTourError, parseTourFile } from './parse-tour-file';

const events = [
  {
    id: 'kronstadt-rising',
    title: 'K',
    start: '1921-03',
    kind: 'uprising',
    factions: ['kronstadt'],
    people: [],
    summary: 's',
    passages: [
      { quote: 'q', cite: 'c' },
      { quote: 'Workers of Petrograd, the sailors ask', cite: 'c' },
      { quote: 'Workers of Petrograd, the party answers', cite: 'c' },
    ],
  },
] satisfies HistoricalEvent[];
const tour = {
  id: 'a-tour',
  title: 'A tour',
  steps: [{ event: 'kronstadt-rising', passage: 1, window: { from: '1921-01-01', to: '1921-06-30' } }],
};

describe('validateTours', () => {
  it('accepts a tour whose steps name real events and passages', () => {
    expect(validateTours([tour], events)).toEqual({ tours: [tour], errors: [] });
  });

  it('names an unknown event, a missing passage and a backwards window', () => {
    const bad = {
      ...tour,
      steps: [
        { event: 'no-such-event' },
        { event: 'kronstadt-rising', passage: 4 },
        { event: 'kronstadt-rising', window: { from: '1921-06-30', to: '1921-01-01' } },
      ],
    };
    expect(validateTours([bad], events).errors.map(formatDataError)).toEqual([
      'data/tours.json: a-tour: steps[0].event: unknown event "no-such-event"',
      'data/tours.json: a-tour: steps[1].passage: 4 is more than the 3 passages of "kronstadt-rising"',
      'data/tours.json: a-tour: steps[2].window: 1921-06-30 is not before 1921-01-01',
    ]);
  });

  it('finds a step’s passage by the opening words of its quote, white space folded', () => {
    const byWords = {
      ...tour,
      steps: [
        { event: 'kronstadt-rising', passage: 'Workers of  Petrograd, the party' },
        { event: 'kronstadt-rising' },
      ],
    };
    expect(validateTours([byWords], events)).toEqual({
      tours: [{ ...tour, steps: [{ event: 'kronstadt-rising', passage: 3 }, { event: 'kronstadt-rising' }] }],
      errors: [],
    });
  });

  it('fails a step whose words name no passage of its event, or more than one', () => {
    const bad = {
      ...tour,
      steps: [
        { event: 'kronstadt-rising', passage: 'The sailors of Kronstadt' },
        { event: 'kronstadt-rising', passage: 'Workers of Petrograd' },
      ],
    };
    expect(validateTours([bad], events).errors.map(formatDataError)).toEqual([
      'data/tours.json: a-tour: steps[0].passage: no passage of "kronstadt-rising" begins "The sailors of Kronstadt"',
      'data/tours.json: a-tour: steps[1].passage: passages 2 and 3 of "kronstadt-rising" both begin "Workers of Petrograd": give more words',
    ]);
  });

  it('checks a step’s compare cell against the matrix where it is known, naming the step from 1', () => {
    const positions = {
      factions: ['left-communists'],
      questions: [{ id: 'one-man-management', name: 'One-man management', question: 'q' }],
    };
    const steps = [
      { event: 'kronstadt-rising', cell: 'left-communists:one-man-management' },
      { event: 'kronstadt-rising', cell: 'workers-opposition:one-man-management' },
      { event: 'kronstadt-rising', cell: 'left-communists:soviet-democracy' },
    ];
    const result = validateTours([{ ...tour, steps }], events, TOURS_FILE, { positions });
    expect(result.errors.map(formatTourError)).toEqual([
      'data/tours.json: tour “a-tour”: step 2, field “cell”: unknown compare cell "workers-opposition:one-man-management": the matrix has no faction "workers-opposition"',
      'data/tours.json: tour “a-tour”: step 3, field “cell”: unknown compare cell "left-communists:soviet-democracy": the matrix has no question "soviet-democracy"',
    ]);
    // Without the matrix (a teacher's file read before it loads) only the cell's form is checked.
    expect(validateTours([{ ...tour, steps }], events).errors).toEqual([]);
    const malformed = { ...tour, steps: [{ event: 'kronstadt-rising', cell: 'Left Communists' }] };
    expect(validateTours([malformed], events).errors.map(formatDataError)).toEqual([
      'data/tours.json: a-tour: steps[0].cell: must name a compare cell as <faction>:<question> (two kebab-case ids)',
    ]);
  });

  it('holds the built-in tours to naming each passage by its words, so a changed event cannot shift a slide', () => {
    const byPosition = {
      ...tour,
      steps: [{ event: 'kronstadt-rising', passage: 2 }, { event: 'kronstadt-rising' }],
    };
    expect(
      validateTours([byPosition], events, 'data/tours.json', { passageByWords: true }).errors.map(
        formatDataError,
      ),
    ).toEqual([
      'data/tours.json: a-tour: steps[0].passage: must name the passage by the opening words of its quote, not by its position (2)',
      'data/tours.json: a-tour: steps[1].passage: must name the passage by the opening words of its quote, not leave it out',
    ]);
  });

  it('rejects a file that is not a list of tours', () => {
    expect(validateTours({}, events).errors.map(formatDataError)).toEqual([
      'data/tours.json: (file): (root): must be a JSON array of tours',
    ]);
  });
});

describe('tour file messages', () => {
  const messages = (raw: unknown) => {
    const parsed = parseTourFile('t.json', JSON.stringify(raw), events);
    return parsed.ok ? [] : parsed.error.split('\n');
  };
  const step = tour.steps[0];

  it('name the tour, the step counted from 1 and the field, in words rather than "Invalid input"', () => {
    expect(messages(42)).toEqual([
      't.json: is a JSON file, but not a tour file: a tour has a title and steps, and nothing in it does.',
    ]);
    // Beside a tour, a record that is no tour at all is named as one of the file's.
    expect(messages([tour, 42])).toEqual([
      't.json: tour 2: is not a tour: a tour is an object with an id, a title and steps',
    ]);
    expect(messages({ id: 'x', steps: [step] })).toEqual(['t.json: tour “x”: field “title”: is missing']);
    expect(messages({ ...tour, title: 7 })).toEqual([
      't.json: tour “a-tour”: field “title”: must be text, not a number',
    ]);
    expect(messages({ ...tour, title: '' })).toEqual([
      't.json: tour “a-tour”: field “title”: must not be empty',
    ]);
    expect(messages({ ...tour, steps: [step, { ...step, passage: true }] })).toEqual([
      't.json: tour “a-tour”: step 2, field “passage”: must be a passage number (counted from 1) or the opening words of its quote, not a boolean',
    ]);
    expect(messages({ ...tour, steps: [step, 'kronstadt-rising'] })).toEqual([
      't.json: tour “a-tour”: step 2: must be an object with named fields ({ … }), not text',
    ]);
    expect(messages({ ...tour, colour: 'red' })).toEqual([
      't.json: tour “a-tour”: has a field a tour file does not have: “colour”',
    ]);
    const all = messages([
      42,
      {},
      { ...tour, steps: 'x' },
      { ...tour, id: 'b', steps: [{ ...step, window: 3 }] },
    ]);
    expect(all.length).toBeGreaterThan(0);
    for (const message of all) expect(message).not.toMatch(/Invalid input/);
  });

  it('call a window date that does not exist by that name', () => {
    expect(
      messages({ ...tour, steps: [{ ...step, window: { from: '1921-13-45', to: '1922-01-01' } }] }),
    ).toEqual([
      't.json: tour “a-tour”: step 1, field “window”, its start: 1921-13-45 is not a date that exists',
    ]);
    expect(
      messages({ ...tour, steps: [{ ...step, window: { from: '1921-01-01', to: '1921-02-30' } }] }),
    ).toEqual([
      't.json: tour “a-tour”: step 1, field “window”, its end: 1921-02-30 is not a date that exists',
    ]);
  });

  it('quote a long id cut to a readable length', () => {
    const [message] = messages({ ...tour, id: 'a'.repeat(5000), title: '' });
    expect(message).toBe(`t.json: tour “${'a'.repeat(39)}…”: field “title”: must not be empty`);
  });
});
