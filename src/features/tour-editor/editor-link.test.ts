import { describe, expect, it } from 'vitest';
import { editorHref } from './editor-link';

describe('links to the tour editor', () => {
  it('links to present mode, keeping the open event', () => {
    expect(editorHref('t-1')).toBe('?view=present#edit=t-1');
    expect(editorHref('t-1', 'tenth-party-congress')).toBe(
      '?view=present&event=tenth-party-congress#edit=t-1',
    );
  });
});
