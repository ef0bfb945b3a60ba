// Test support only.

/**
 * A small, repeatable generator of numbers in [0, 1): tests that compare our code with
 * vis-timeline's on generated cases use it, so a failure names a seed whose case can be looked at
 * again.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
