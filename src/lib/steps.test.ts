import { describe, expect, it } from 'vitest';
import { runSteps, runStepsInSlices, type Steps } from './steps';

/** Sums 1..n, a step per number, each step moving a fake clock on by `stepMs`. */
function* summing(n: number, clock: { t: number }, stepMs: number, log: string[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i += 1) {
    if (i > 1) yield;
    clock.t += stepMs;
    log.push(`step ${i}`);
    sum += i;
  }
  return sum;
}

describe('runSteps', () => {
  it('runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(runSteps(summing(5, { t: 0 }, 1, log))).toBe(15);
    expect(log).toHaveLength(5);
  });
});

describe('runStepsInSlices', () => {
  it('hands back between slices of about sliceMs, with the same result as running at once', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const nextTask = () => {
      log.push('pause');
      return Promise.resolve();
    };
    const sum = await runStepsInSlices(summing(10, clock, 4, log), {
      sliceMs: 10,
      nextTask,
      now: () => clock.t,
    });
    expect(sum).toBe(55);
    // 4 ms a step against a 10 ms slice: a pause after every third step, none after the last.
    expect(log.join(', ')).toBe(
      'step 1, step 2, step 3, pause, step 4, step 5, step 6, pause, step 7, step 8, step 9, pause, step 10',
    );
  });

  it('runs one step a slice when each is longer than a slice, and still finishes', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const sum = await runStepsInSlices(summing(3, clock, 25, log), {
      sliceMs: 10,
      nextTask: () => {
        log.push('pause');
        return Promise.resolve();
      },
      now: () => clock.t,
    });
    expect(sum).toBe(6);
    expect(log.join(', ')).toBe('step 1, pause, step 2, pause, step 3');
  });

  it('rejects with what a step throws', async () => {
    function* failing(): Steps<never> {
      yield;
      throw new Error('data/timeline.json is not valid JSON.');
    }
    await expect(runStepsInSlices(failing(), { nextTask: () => Promise.resolve() })).rejects.toThrow(
      'data/timeline.json is not valid JSON.',
    );
  });
});
