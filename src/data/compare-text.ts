let collator: Intl.Collator | null = null;

/**
 * Compares text for sorting in the reader's language. One collator serves every comparison:
 * String.prototype.localeCompare sets one up on each call, which a sort of thousands repeats.
 * It is made on first use, not when the module loads: making one takes some 12 ms, which the
 * page's start-up need not pay (only the list's title sort uses it).
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}
