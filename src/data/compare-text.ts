/**
 * Compares text for sorting in the reader's language. One collator serves every comparison:
 * String.prototype.localeCompare sets one up on each call, which a sort of thousands repeats.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;
