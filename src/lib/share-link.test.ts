import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { realDataset } from '../data/real-dataset.test-support';
import type { Tour } from '../data/tour-schema';
import { parseHash } from '../state/url';
import { decodeTour, encodeTour, MAX_LINK_DATA, MAX_TOUR_BYTES, shareLink } from './share-link';

const { events } = realDataset();
const ids = events.slice(0, 12).map((e) => e.id);
const tour: Tour = {
  id: 'shared-one',
  title: 'Споры о профсоюзах — a “shared” tour',
  description: 'For a first lesson.',
  steps: ids.map((event, i) => ({
    event,
    note: `Note ${i} with ünïcode`,
    ...(i === 2 && { window: { from: '1918-01-01', to: '1918-07-31' } }),
  })),
};
const builtIn = JSON.parse(readFileSync('data/tours.json', 'utf8')) as Tour[];

/** Made by the encoder of the first share links (before the positional form), kept verbatim. */
const OLD_LINK_DATA =
  'RY5BigIxEEWvEv46gW4F0ezmBHMAmUUwpQbTVSFVjkjTd5d2obvHh_d5M0pGhF5TpxyECR5WrBIifpzJvbtzl8kldlKzq4Vv8FCjpojHGfRPbIgwYruGlro9w0n40kkVHiy2Pv3W7N64-K9S6WzhJNN056IWpDXRYkUYHi2ppgshbjwehbM8EGesJYgYD-M-DGMYxjVWPssubAcsy9_yAg';

describe('share links', () => {
  it('round-trips a tour for a colleague, notes, description and windows included', async () => {
    const encoded = await encodeTour(tour, 'colleague');
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeTour(encoded, events)).toEqual({ ok: true, tour });
  });

  it('gives students the steps, passages and windows without notes or description', async () => {
    const withPassage: Tour = {
      ...tour,
      steps: [{ event: 'left-communist-opposition', passage: 2, note: 'x' }],
    };
    const decoded = await decodeTour(await encodeTour(withPassage, 'students'), events);
    expect(decoded).toEqual({
      ok: true,
      tour: {
        // The id is not sent: it is rebuilt from the title (Latin letters only, so a stand-in here).
        id: 'a-shared-tour',
        title: withPassage.title,
        steps: [{ event: 'left-communist-opposition', passage: 2 }],
      },
    });
    const full = await decodeTour(await encodeTour(tour, 'students'), events);
    if (!full.ok) throw new Error(full.error);
    expect(full.tour.steps.map((s) => s.note)).toEqual(tour.steps.map(() => undefined));
    expect(full.tour.steps[2]?.window).toEqual({ from: '1918-01-01', to: '1918-07-31' });
  });

  it('drops the first passage, the default, rather than sending it', async () => {
    const explicit: Tour = { ...tour, steps: [{ event: ids[0] ?? '', passage: 1 }] };
    const plain: Tour = { ...tour, steps: [{ event: ids[0] ?? '' }] };
    expect(await encodeTour(explicit)).toBe(await encodeTour(plain));
  });

  it('carries a step’s compare cell to students and colleagues alike', async () => {
    const withCell: Tour = {
      ...tour,
      steps: [{ event: 'left-communist-opposition', cell: 'left-communists:one-man-management' }],
    };
    for (const audience of ['students', 'colleague'] as const) {
      const decoded = await decodeTour(await encodeTour(withCell, audience), events);
      if (!decoded.ok) throw new Error(decoded.error);
      expect(decoded.tour.steps).toEqual(withCell.steps);
    }
  });

  it('makes a student link at most half as long as a colleague link for every built-in tour', async () => {
    expect(builtIn.length).toBeGreaterThan(0);
    for (const t of builtIn) {
      const students = await shareLink(t, 'students', 'https://example.org/');
      const colleague = await shareLink(t, 'colleague', 'https://example.org/');
      expect(students.length, t.id).toBeLessThanOrEqual(colleague.length / 2);
    }
  });

  it('still opens the links made before the positional form', async () => {
    expect(await decodeTour(OLD_LINK_DATA, events)).toEqual({
      ok: true,
      tour: {
        id: 'shared-one',
        title: 'A tour from an old link',
        steps: [
          { event: 'tenth-party-congress', note: 'Old note' },
          {
            event: 'left-communist-opposition',
            passage: 2,
            window: { from: '1918-01-01', to: '1918-06-30' },
          },
        ],
      },
    });
  });

  it('builds a present-mode link with the tour in the hash', async () => {
    const link = await shareLink(tour, 'colleague', 'https://example.org/app/?view=timeline&event=x#old');
    expect(link.startsWith('https://example.org/app/?view=present#tour=')).toBe(true);
    const hash = parseHash(new URL(link).hash);
    if (hash.kind !== 'shared-tour') throw new Error(`not a shared tour's hash: ${hash.kind}`);
    expect(await decodeTour(hash.data, events)).toEqual({ ok: true, tour });
  });

  it('refuses a link too long to be a tour before unpacking it', async () => {
    const result = await decodeTour('A'.repeat(MAX_LINK_DATA + 1), events);
    expect(result).toEqual({
      ok: false,
      error:
        "The shared tour link is too long to be a tour (32,001 characters; the most a tour's link carries is 32,000): it was not opened.",
    });
  });

  it('stops unpacking a short link that swells past the limit, and says so', async () => {
    // 4 MB of one letter deflates to a few kilobytes: a link of ordinary length.
    const bomb = await encodeTour({ ...tour, description: 'a'.repeat(4 * 1024 * 1024) }, 'colleague');
    expect(bomb.length).toBeLessThan(MAX_LINK_DATA);
    expect(await decodeTour(bomb, events)).toEqual({
      ok: false,
      error: `The shared tour link unpacks to more than ${MAX_TOUR_BYTES / 1024} KB, more than any tour holds: it was not opened.`,
    });
  });

  it('reports damaged links clearly', async () => {
    const encoded = await encodeTour(tour);
    for (const bad of ['', '!!!', encoded.slice(0, 10), 'abc']) {
      expect(await decodeTour(bad, events)).toEqual({
        ok: false,
        error: 'The shared tour link is damaged or incomplete: it could not be decoded.',
      });
    }
  });

  it('names what is wrong in a link that decodes but is not a tour', async () => {
    const cases: [unknown, string][] = [
      [[9, 'T', ['x']], 'it was made by a version of this site that cannot be read here (format 9)'],
      [[2, '', ['x']], 'it has no title'],
      [[2, 'T', []], 'it has no steps'],
      [[2, 'T', [ids[0], [7]]], 'step 2 names no event'],
      [[2, 'T', [[ids[0], 'two']]], "step 1's passage is not a number"],
      [[2, 'T', [[ids[0], 0, 0, 0, 5]]], "step 1's note is not text"],
    ];
    for (const [value, what] of cases) {
      const encoded = await deflated(JSON.stringify(value));
      expect(await decodeTour(encoded, events)).toEqual({
        ok: false,
        error: `The shared tour link is damaged: ${what}.`,
      });
    }
    expect(await decodeTour(await deflated('"a string"'), events)).toEqual({
      ok: false,
      error: 'The shared tour link holds no tour.',
    });
  });

  it('checks a decoded tour against the dataset', async () => {
    const encoded = await encodeTour({ ...tour, steps: [{ event: 'no-such-event' }] });
    const result = await decodeTour(encoded, events);
    expect(result).toEqual({
      ok: false,
      error:
        'The shared tour is not valid: shared link: tour “shared-one”: step 1, field “event”: unknown event "no-such-event"',
    });
  });
});

/** A value deflated and base64url-encoded as a link carries it, for links a bug or a hand could make. */
async function deflated(text: string): Promise<string> {
  const body = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}
