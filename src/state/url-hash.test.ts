import { describe, expect, it } from 'vitest';
import { parseHash, toHash, type UrlHash } from './url-hash';

describe('the hash', () => {
  it('round-trips every meaning through the address', () => {
    const hashes: UrlHash[] = [
      { kind: 'none' },
      { kind: 'edit', tourId: null },
      { kind: 'edit', tourId: 'kronstadt-ab12' },
      { kind: 'edit', tourId: 'a b/ü#?' },
      { kind: 'shared-tour', data: 'bVLBbtsw_-' },
      { kind: 'presenter' },
    ];
    for (const hash of hashes) expect(parseHash(toHash(hash)), toHash(hash)).toEqual(hash);
  });

  it('writes the forms links have always had', () => {
    expect(toHash({ kind: 'none' })).toBe('');
    expect(toHash({ kind: 'edit', tourId: null })).toBe('#edit');
    expect(toHash({ kind: 'edit', tourId: 'kronstadt-ab12' })).toBe('#edit=kronstadt-ab12');
    expect(toHash({ kind: 'edit', tourId: 'a b' })).toBe('#edit=a%20b');
    expect(toHash({ kind: 'shared-tour', data: 'abc' })).toBe('#tour=abc');
    expect(toHash({ kind: 'presenter' })).toBe('#presenter');
  });

  it('reads hashes that are not the app’s as none', () => {
    for (const hash of ['', '#', '#main', '#section-3', '#editor', '#edits=x', '#presenters', '#Presenter']) {
      expect(parseHash(hash), hash).toEqual({ kind: 'none' });
    }
  });

  it('reads a mangled or empty editor id as the editor on its first tour', () => {
    expect(parseHash('#edit=%E0%A4%A')).toEqual({ kind: 'edit', tourId: null });
    expect(parseHash('#edit=')).toEqual({ kind: 'edit', tourId: null });
  });

  it('hands a shared tour’s data on as it came, for the decoder to judge', () => {
    expect(parseHash('#tour=')).toEqual({ kind: 'shared-tour', data: '' });
    expect(parseHash('#tour=not a tour!')).toEqual({ kind: 'shared-tour', data: 'not a tour!' });
  });
});
