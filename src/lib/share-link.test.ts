import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/real-dataset.test-support';
import type { Tour } from '../data/tour-schema';
import { parseHash } from '../state/url';
import { decodeTour, encodeTour, shareLink } from './share-link';

const { events } = realDataset();
const ids = events.slice(0, 12).map((e) => e.id);
const tour: Tour = {
  id: 'shared-one',
  title: 'Споры о профсоюзах — a “shared” tour',
  steps: ids.map((event, i) => ({ event, note: `Note ${i} with ünïcode` })),
};

describe('share links', () => {
  it('round-trips a tour through a compact base64url value', async () => {
    const encoded = await encodeTour(tour);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(tour).length);
    expect(await decodeTour(encoded, events)).toEqual({ ok: true, tour });
  });

  it('builds a present-mode link with the tour in the hash', async () => {
    const link = await shareLink(tour, 'https://example.org/app/?view=timeline&event=x#old');
    expect(link.startsWith('https://example.org/app/?view=present#tour=')).toBe(true);
    const hash = parseHash(new URL(link).hash);
    if (hash.kind !== 'shared-tour') throw new Error(`not a shared tour's hash: ${hash.kind}`);
    expect(await decodeTour(hash.data, events)).toEqual({ ok: true, tour });
  });

  it('reports damaged links clearly', async () => {
    const encoded = await encodeTour(tour);
    for (const bad of ['', '!!!', encoded.slice(0, 10), 'abc']) {
      const result = await decodeTour(bad, events);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/shared tour/);
    }
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
