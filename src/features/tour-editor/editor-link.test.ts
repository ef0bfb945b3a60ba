import { describe, expect, it } from 'vitest';
import { sharedTourInHash } from './share-link';
import { editorHash, editorHref, readEditorHash } from './editor-link';

describe('links to the tour editor', () => {
  it('opens the editor with or without a tour', () => {
    expect(editorHash()).toBe('#edit');
    expect(readEditorHash('#edit')).toEqual({ tourId: null });
    expect(editorHash('kronstadt-ab12')).toBe('#edit=kronstadt-ab12');
    expect(readEditorHash('#edit=kronstadt-ab12')).toEqual({ tourId: 'kronstadt-ab12' });
  });

  it('is not the hash of a shared tour, the presenter or anything else', () => {
    for (const hash of ['', '#', '#presenter', '#tour=abc', '#editor', '#edits=x']) {
      expect(readEditorHash(hash), hash).toBeNull();
    }
    expect(sharedTourInHash(editorHash('x'))).toBeNull();
  });

  it('survives odd ids and mangled hashes', () => {
    expect(readEditorHash(editorHash('a b/ü'))).toEqual({ tourId: 'a b/ü' });
    expect(readEditorHash('#edit=%E0%A4%A')).toEqual({ tourId: null });
    expect(readEditorHash('#edit=')).toEqual({ tourId: null });
  });

  it('links to present mode, keeping the open event', () => {
    expect(editorHref('t-1')).toBe('?view=present#edit=t-1');
    expect(editorHref('t-1', 'tenth-party-congress')).toBe(
      '?view=present&event=tenth-party-congress#edit=t-1',
    );
  });
});
