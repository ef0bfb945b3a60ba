/**
 * The middle value (the upper middle for an even count): robust to one slow run. Values that are
 * not numbers (NaN: nothing happened to time) are left out.
 */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
