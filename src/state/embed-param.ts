/**
 * How the `embed` query parameter reads: `1` on, `0` or empty (or absent) off, anything else
 * malformed (null). state/url.ts reads the URL with it; boot.ts with it marks a framed page before
 * the first paint, when the store does not exist yet.
 */
export const EMBED_PARAM = 'embed';

export function readEmbedParam(raw: string | null): boolean | null {
  if (raw === null || raw === '' || raw === '0') return false;
  return raw === '1' ? true : null;
}
