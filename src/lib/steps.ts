/**
 * Work written once as a generator that yields between its small steps (one record checked, one
 * lane planned), and run either way: at once, where nothing waits on the page (the build's
 * validator, a worker, the tests), or in the page's tasks, handing the processor back between
 * slices, where one long task would hold up a tap or a key.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /**
   * How long one slice may run before the page gets the processor back. A task under 50 ms does
   * not hold up input; Lighthouse's phone runs four times slower than the machine it measures on,
   * so a slice is a quarter of that and some.
   */
  sliceMs?: number;
  /** Resolves in a later task: where the slices are cut. */
  nextTask: () => Promise<void>;
  /** The clock; performance.now by default (tests give their own). */
  now?: () => number;
}

export const DEFAULT_SLICE_MS = 10;

/**
 * Runs the steps in slices of about `sliceMs` each, a task apart: one step always runs, so work
 * whose steps are longer than a slice still finishes. The result is the same as runSteps's.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  { sliceMs = DEFAULT_SLICE_MS, nextTask, now = () => performance.now() }: SliceOptions,
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = now();
    }
  }
}
