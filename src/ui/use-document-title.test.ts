import { describe, expect, it } from 'vitest';
import { documentTitle } from './use-document-title';

describe('documentTitle', () => {
  it('names the open event, then the view, then the site', () => {
    expect(documentTitle('timeline', 'Tenth Party Congress')).toBe(
      'Tenth Party Congress · Timeline · Oppositions 1907–1937',
    );
    expect(documentTitle('source', null)).toBe('Source text · Oppositions 1907–1937');
  });
});
