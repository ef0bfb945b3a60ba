import type { HistoricalEvent } from '../data/schemas';
import type { Tour } from '../data/tour-schema';
import { hrefFor } from '../state/url';
import { parseTourFile } from '../data/parse-tour-file';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The whole tour, deflated and base64url-encoded, to carry in a link's hash. */
export async function encodeTour(tour: Tour): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(tour));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type DecodedTour = { ok: true; tour: Tour } | { ok: false; error: string };

/** Reads a shared tour back, checking it as an imported file is checked. */
export async function decodeTour(encoded: string, events: readonly HistoricalEvent[]): Promise<DecodedTour> {
  let text: string;
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The shared tour link is damaged or incomplete: it could not be decoded.' };
  }
  const parsed = parseTourFile('shared link', text, events);
  if (!parsed.ok) return { ok: false, error: `The shared tour is not valid: ${parsed.error}` };
  const [tour] = parsed.tours;
  if (!tour || parsed.tours.length !== 1)
    return { ok: false, error: 'The shared tour link must hold exactly one tour.' };
  return { ok: true, tour };
}

/** The link that opens the tour read-only in present mode, on this page's address. */
export async function shareLink(tour: Tour, base: string = window.location.href): Promise<string> {
  const url = new URL(base);
  const data = await encodeTour(tour);
  return `${url.origin}${url.pathname}${hrefFor({ view: 'present', hash: { kind: 'shared-tour', data } })}`;
}
