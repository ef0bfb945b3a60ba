// @vitest-environment jsdom
/*
 * Property-based: whatever a tour file holds — random JSON, or a real tour with a field changed,
 * removed, retyped, lengthened or filled with odd Unicode — reading it never throws, gives either
 * tours or a message for each problem naming the tour, the step (counted from 1) and the field,
 * and a rejected file leaves the saved tours byte for byte as they were. `npm run test:unit` runs
 * a few hundred cases; `npm run test:fuzz` (FUZZ_RUNS) many more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { Tour } from '../../data/tour-schema';
import { validateTours } from '../../data/validate-tours';
import { decodeTour, encodeTour } from '../../lib/share-link';
import { STORE_KEY } from '../../state/saved-tours-storage';
import { resetSavedTours } from '../../state/saved-tours.test-support';
import { readTourFile, saveTours } from './tour-file';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Generous: the unit tests share a slow machine, and a long run's time grows with its cases. */
const TIMEOUT = Math.max(30_000, RUNS * 20);
const { events } = realDataset();
/** The built-in tours, as real files hold them, with their passages by position. */
const REAL: Tour[] = validateTours(JSON.parse(readFileSync('data/tours.json', 'utf8')), events).tours;
const SAVED: Tour[] = [
  { id: 'saved-before', title: 'Saved before', steps: [{ event: events[0]?.id ?? '' }] },
];

/** A message line names the file, then the tour (by id or number), then where and what; or says what the file is not. */
const NAMED =
  /^f\.json: (?:tour (?:\d+|“[^”\n]*”)(?:: step \d+(?:, field “[^”]+”[^:]*)?|: field “[^”]+”[^:]*)?: \S|is not a JSON file|holds no tours|is a JSON file, but not a tour file)/;

const odd = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '1921-13-45',
    '0000-00-00',
    '1921-02-30',
    '\u202e',
    '\0',
    '__proto__',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.nat(3000).map((n) => 'x'.repeat(n)),
);

/** The paths of a tour a mutation may touch: its fields, each step's fields, and the window's ends. */
const FIELDS = ['id', 'title', 'description', 'steps', 'colour'];
const STEP_FIELDS = ['event', 'passage', 'note', 'window', 'window.from', 'window.to', 'extra'];

type Mutation = { path: (string | number)[]; value: unknown; remove: boolean };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ path: fc.constantFrom(...FIELDS).map((f) => [f]), value: odd, remove: fc.boolean() }),
  fc.record({
    path: fc
      .tuple(fc.nat(20), fc.constantFrom(...STEP_FIELDS))
      .map(([i, f]) => ['steps', i, ...f.split('.')]),
    value: odd,
    remove: fc.boolean(),
  }),
  fc.record({ path: fc.nat(20).map((i) => ['steps', i]), value: odd, remove: fc.boolean() }),
);

function mutate(tour: Tour, changes: readonly Mutation[]): unknown {
  const copy = structuredClone(tour) as unknown as Record<string, unknown>;
  for (const { path, value, remove } of changes) {
    let at: unknown = copy;
    for (const key of path.slice(0, -1)) {
      at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
    }
    const last = path.at(-1);
    if (at === null || typeof at !== 'object' || last === undefined) continue;
    if (remove) Reflect.deleteProperty(at, last);
    else (at as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

const file = (text: string) => ({ name: 'f.json', text: () => Promise.resolve(text) });

/** Reads and imports `text` as the editor does; checks the answer and what storage holds after. */
async function importChecked(text: string): Promise<void> {
  const before = localStorage.getItem(STORE_KEY);
  const read = await readTourFile(file(text), events);
  if (read.error !== null) {
    expect(read.tours).toEqual([]);
    for (const line of read.error.split('\n')) {
      expect(line).toMatch(NAMED);
      expect(line).not.toMatch(/Invalid input/);
    }
    expect(localStorage.getItem(STORE_KEY)).toBe(before);
    return;
  }
  expect(read.tours.length).toBeGreaterThan(0);
  const saved = saveTours(read.tours, [], 'keep-both');
  // Saved: the tours already there are kept as they were, the file's after them.
  if (saved.error === null) {
    const stored = (JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as { tours: Tour[] }).tours;
    expect(stored.slice(0, SAVED.length)).toEqual(SAVED);
  } else expect(localStorage.getItem(STORE_KEY)).toBe(before);
}

describe('tour files, fuzzed', () => {
  beforeEach(() => resetSavedTours(SAVED));

  it(
    'never throw on random JSON, and either give tours or name what is wrong',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.json(), fc.string({ maxLength: 200 })), async (text) => {
          resetSavedTours(SAVED);
          await importChecked(text);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throw on real tours with fields changed, removed, retyped or lengthened',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...REAL),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          async (tour, changes, asList) => {
            resetSavedTours(SAVED);
            const mutated = mutate(tour, changes);
            // A mutation may leave undefined at the top, which JSON.stringify turns into no text.
            const text = JSON.stringify(asList ? [mutated] : mutated) as string | undefined;
            await importChecked(text ?? '');
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throw on a shared link with its characters changed, and say what is wrong',
    async () => {
      const [first = SAVED[0]] = REAL;
      if (!first) throw new Error('no tour to share');
      const encoded = await encodeTour(first, 'colleague');
      await fc.assert(
        fc.asyncProperty(
          fc.nat(encoded.length - 1),
          fc.string({ minLength: 0, maxLength: 8 }),
          fc.nat(8),
          async (at, insert, cut) => {
            const damaged = `${encoded.slice(0, at)}${insert}${encoded.slice(at + cut)}`;
            const result = await decodeTour(damaged, events);
            if (!result.ok) expect(result.error).toMatch(/^The shared tour/);
            else expect(result.tour.steps.length).toBeGreaterThan(0);
            expect(localStorage.getItem(STORE_KEY)).toBe(JSON.stringify({ version: 1, tours: SAVED }));
          },
        ),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    },
    TIMEOUT,
  );
});
