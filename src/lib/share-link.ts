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

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const body = new Response(bytes as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new Error('no stream to read');
  return new Uint8Array(
    await new Response(body.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
  );
}

/**
 * The tour in its positional form (compact-tour.ts), deflated by the browser's own
 * CompressionStream and base64url-encoded, to carry in a link's hash. Deflate more than pays
 * for itself: ids, dates and notes repeat words, and base64 costs the same either way.
 */
export async function encodeTour(tour: Tour, audience: LinkAudience = 'colleague'): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compactTour(tour, audience)));
  return toBase64Url(await deflate(json));
}

export type DecodedTour = { ok: true; tour: Tour } | { ok: false; error: string };

const UNREADABLE = 'The shared tour link is damaged or incomplete: it could not be decoded.';

/**
 * The most a shared tour's data may be, in the link and unpacked. The built-in tours' links carry
 * 500–650 characters, and a tour of a hundred steps with a paragraph of notes on each about
 * 20,000; beyond these a link is not a tour but a weight: deflate unpacks up to a thousand times
 * its size, and a 133 KB link crashed the tab that unpacked it whole.
 */
export const MAX_LINK_DATA = 32_000;
export const MAX_TOUR_BYTES = 512 * 1024;

const TOO_LONG = (length: number) =>
  `The shared tour link is too long to be a tour (${length.toLocaleString('en')} characters; the most a tour's link carries is ${MAX_LINK_DATA.toLocaleString('en')}): it was not opened.`;
const TOO_BIG = `The shared tour link unpacks to more than ${MAX_TOUR_BYTES / 1024} KB, more than any tour holds: it was not opened.`;

class TooBig extends Error {}

/** Inflates `bytes`, stopping as soon as the output passes `limit` bytes (then throws TooBig). */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const body = new Response(bytes as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new Error('no stream to read');
  const reader = body.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new TooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Reads a shared tour back and checks it as an imported file is checked. Both forms open: the
 * positional array of today's links and the whole tour object of the first ones (before
 * December 2026), which the deflated bytes tell apart.
 */
export async function decodeTour(encoded: string, events: readonly HistoricalEvent[]): Promise<DecodedTour> {
  if (encoded.length > MAX_LINK_DATA) return { ok: false, error: TOO_LONG(encoded.length) };
  let raw: unknown;
  try {
    const bytes = await inflateAtMost(fromBase64Url(encoded), MAX_TOUR_BYTES);
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, error: error instanceof TooBig ? TOO_BIG : UNREADABLE };
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
