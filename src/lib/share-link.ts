import type { HistoricalEvent } from '../data/schemas';
import type { Tour } from '../data/tour-schema';
import { formatTourError } from '../data/parse-tour-file';
import { validateTours } from '../data/validate-tours';
import { hrefFor } from '../state/url';
import { compactTour, expandTour, type LinkAudience } from './compact-tour';

export type { LinkAudience } from './compact-tour';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Response(bytes as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new Error('no stream to read');
  return new Uint8Array(await new Response(body.pipeThrough(stream)).arrayBuffer());
}

/**
 * The tour in its positional form (compact-tour.ts), deflated by the browser's own
 * CompressionStream and base64url-encoded, to carry in a link's hash. Deflate more than pays
 * for itself: ids, dates and notes repeat words, and base64 costs the same either way.
 */
export async function encodeTour(tour: Tour, audience: LinkAudience = 'colleague'): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compactTour(tour, audience)));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type DecodedTour = { ok: true; tour: Tour } | { ok: false; error: string };

const UNREADABLE = 'The shared tour link is damaged or incomplete: it could not be decoded.';

/**
 * Reads a shared tour back and checks it as an imported file is checked. Both forms open: the
 * positional array of today's links and the whole tour object of the first ones (before
 * December 2026), which the deflated bytes tell apart.
 */
export async function decodeTour(encoded: string, events: readonly HistoricalEvent[]): Promise<DecodedTour> {
  let raw: unknown;
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: UNREADABLE };
  }
  let record: unknown = raw;
  if (Array.isArray(raw)) {
    const expanded = expandTour(raw);
    if (!expanded.ok) return expanded;
    record = expanded.tour;
  } else if (typeof raw !== 'object' || raw === null) {
    return { ok: false, error: 'The shared tour link holds no tour.' };
  }
  const { tours, errors } = validateTours([record], events, 'shared link');
  const [tour] = tours;
  if (errors.length > 0 || !tour)
    return { ok: false, error: `The shared tour is not valid: ${errors.map(formatTourError).join('\n')}` };
  return { ok: true, tour };
}

/** The link that opens the tour read-only in present mode, on this page's address. */
export async function shareLink(
  tour: Tour,
  audience: LinkAudience,
  base: string = window.location.href,
): Promise<string> {
  const url = new URL(base);
  const data = await encodeTour(tour, audience);
  return `${url.origin}${url.pathname}${hrefFor({ view: 'present', hash: { kind: 'shared-tour', data } })}`;
}
