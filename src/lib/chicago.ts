import type { Passage, Person } from '../data/schemas';

export const SOURCE_TEXT_CITATION =
  'The Anarchist FAQ Editorial Collective, An Anarchist FAQ, appendix “Were any of the Bolshevik oppositions a real alternative?”';

/** "p. 114" → "114", "pp. 136-7" → "136–37", "vol. 27, p. 339" → "27:339": Chicago's bare numbers. */
export function chicagoPages(pages: string): string {
  return pages
    .replace(/^vol\.\s*(\d+),\s*/, '$1:')
    .replace(/(^|:)pp?\.\s*/, '$1')
    .replace(/(\d+)\s*-\s*(\d+)/g, (_, a: string, b: string) => {
      // Expand abbreviated ends ("136-7" → "136–37"): Chicago keeps at least two digits.
      const full = b.length < a.length ? a.slice(0, a.length - b.length) + b : b;
      let shared = 0;
      while (shared < a.length && a[shared] === full[shared]) shared += 1;
      const keep = full.slice(Math.min(shared, full.length - 2));
      return `${a}–${keep}`;
    });
}

/**
 * A Chicago-style note for one quotation: the work the source cites, then the source text
 * itself, since the words were taken from it.
 */
export function chicagoCitation(passage: Passage, people: readonly Person[]): string {
  const speaker = passage.speaker ? people.find((p) => p.id === passage.speaker)?.name : undefined;
  if (!passage.work) return `${SOURCE_TEXT_CITATION}.`;
  const author = passage.author && passage.author !== speaker ? `${passage.author}, ` : '';
  const pages = passage.pages ? `, ${chicagoPages(passage.pages)}` : '';
  const work = `${author}${passage.work}${pages}`;
  const quoted = speaker && passage.author !== speaker ? `${speaker}, quoted in ${work}` : work;
  return `${quoted}; cited in ${SOURCE_TEXT_CITATION}.`;
}
