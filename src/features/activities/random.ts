/**
 * A seeded random sequence (mulberry32: 32 bits of state, a few operations a number), so an
 * activity's link rebuilds the same questions in every student's browser. Not for anything secret.
 * Four lines do it: a library would bring a dependency for one function.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates), the same for the same sequence. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A new seed for "New questions": any, as long as it differs from the one shown. */
export function nextSeed(current: number, random: () => number = Math.random): number {
  const seed = Math.floor(random() * 2_147_483_647);
  return seed === current ? (seed + 1) % 2_147_483_647 : seed;
}
