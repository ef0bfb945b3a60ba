import { describe, expect, it } from 'vitest';
import { hrefFor } from '../../state/url';
import { editorDestination } from './editor-link';

describe('links to the tour editor', () => {
  it('links to present mode, keeping the open event', () => {
    expect(hrefFor(editorDestination('t-1'))).toBe('?view=present#edit=t-1');
    expect(hrefFor(editorDestination('t-1', 'tenth-party-congress'))).toBe(
      '?view=present&event=tenth-party-congress#edit=t-1',
    );
  });
});
