import { cachedLoader } from './cached-loader';

/** The QR encoder (uqr, ~8 KB gzip), fetched the first time a code is drawn, never with the first view. */
const loadEncoder = cachedLoader(() => import('uqr'));

/** A QR code's modules, row by row, `true` for dark; without a quiet zone (the drawing adds it). */
export type QrModules = readonly (readonly boolean[])[];

/**
 * The smallest code that holds `text`, with as much error correction as that size allows
 * (a projected or photocopied code loses modules to glare and toner).
 */
export async function qrModules(text: string): Promise<QrModules> {
  const { encode } = await loadEncoder();
  return encode(text, { ecc: 'L', boostEcc: true, border: 0 }).data;
}
