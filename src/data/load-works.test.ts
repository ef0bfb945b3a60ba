import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWorks, readWorks, worksById } from './load-works';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;
const realWorks = () => bytesOf(readFileSync('data/works.json', 'utf8'));

describe('readWorks', () => {
  it('reads the bibliography, each book with what the record knows of its edition', () => {
    const daniels = worksById(readWorks(realWorks())).get('daniels-conscience-of-the-revolution');
    expect(daniels).toMatchObject({
      type: 'book',
      author: [{ family: 'Daniels', given: 'Robert V.' }],
      publisher: 'Harvard University Press',
      'publisher-place': 'Cambridge, Mass.',
      issued: { 'date-parts': [[1960]] },
    });
  });

  it('rejects a bibliography with any bad work, naming the file, the work and the field', () => {
    const bad = JSON.stringify([{ id: 'carr-interregnum', type: 'novel', title: 'The Interregnum' }]);
    expect(() => readWorks(bytesOf(bad))).toThrow(
      /The bibliography could not be read:\ndata\/works\.json: carr-interregnum: type: /,
    );
    expect(() => readWorks(bytesOf('[{'))).toThrow('data/works.json is not valid JSON.');
  });
});

describe('loadWorks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches data/works.json once, and again only after a failure', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValue(new Response(realWorks()));
    vi.stubGlobal('fetch', fetch);
    await expect(loadWorks()).rejects.toThrow('data/works.json could not be loaded (HTTP 503).');
    const works = await loadWorks();
    expect(await loadWorks()).toBe(works);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith(expect.stringMatching(/data\/works\.json$/));
    expect(works.map((w) => w.id)).toContain('anarchist-faq-bolshevik-oppositions');
  });
});
