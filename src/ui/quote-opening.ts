/** Words enough to tell an event's quotations apart, few enough to be heard quickly. */
const OPENING_WORDS = 6;

/**
 * A quotation named by its opening words, as the reader sees it begin: “bureaucratic
 * centralisation, the rule of various…”. Controls acting on one quotation are named so, not by
 * its number in the data: the panel shows an event's quotations grouped by voice, and the third
 * in the data may be the second on the screen.
 */
export function quoteOpening(quote: string): string {
  const words = quote.trim().split(/\s+/);
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  const cut = words.length > OPENING_WORDS;
  return `“${cut ? `${opening.replace(/[\s,;:.!?…—–-]+$/u, '')}…` : opening}”`;
}
