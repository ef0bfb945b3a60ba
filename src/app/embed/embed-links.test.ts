import { describe, expect, it } from 'vitest';
import { parseHash, parseSearch, type UrlState } from '../../state/url';
import { embedAddress, fullAppHref } from './embed-links';

const at = (address: string): UrlState => {
  const url = new URL(address, 'https://school.example/oppositions/');
  return { ...parseSearch(url.search).state, hash: parseHash(url.hash) };
};

describe('fullAppHref', () => {
  it('is the same state as the frame, without embed', () => {
    expect(fullAppHref(at('?view=list&event=tenth-party-congress&factions=workers-opposition&embed=1'))).toBe(
      '?view=list&event=tenth-party-congress&factions=workers-opposition',
    );
    expect(fullAppHref(at('?embed=1'))).toBe('?');
  });

  it('keeps a shared tour and the editor, not the presenter layout', () => {
    expect(fullAppHref(at('?view=present&embed=1#tour=abc'))).toBe('?view=present#tour=abc');
    expect(fullAppHref(at('?view=present&embed=1#edit=my-tour'))).toBe('?view=present#edit=my-tour');
    expect(fullAppHref(at('?view=present&tour=t&step=2&embed=1#presenter'))).toBe(
      '?view=present&tour=t&step=2',
    );
  });
});

describe('embedAddress', () => {
  it('is the page address of the state shown, with embed=1, under any base path', () => {
    expect(
      embedAddress(
        at('?view=present&tour=how-dissent-was-silenced&step=3'),
        'https://school.example/oppositions/?x',
      ),
    ).toBe('https://school.example/oppositions/?view=present&tour=how-dissent-was-silenced&step=3&embed=1');
  });

  it('carries a shared tour in its hash, and neither the editor nor the presenter layout', () => {
    const page = 'https://school.example/';
    expect(embedAddress(at('?view=present#tour=abc'), page)).toBe(
      'https://school.example/?view=present&embed=1#tour=abc',
    );
    expect(embedAddress(at('?view=present#edit'), page)).toBe('https://school.example/?view=present&embed=1');
    expect(embedAddress(at('?view=present#presenter'), page)).toBe(
      'https://school.example/?view=present&embed=1',
    );
  });
});
