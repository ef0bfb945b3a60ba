import { describe, expect, it } from 'vitest';
import { SHOWN_LENGTH, shown } from './link-notice';

describe('shown', () => {
  it('quotes a value, cut after its first characters when it is long', () => {
    expect(shown('kronstadt')).toBe('"kronstadt"');
    expect(Array.from(shown('x'.repeat(100), ['', '']))).toHaveLength(SHOWN_LENGTH);
  });

  it('writes control characters as escapes, so a quoted value never breaks the message’s line', () => {
    expect(shown('\n', ['“', '”'])).toBe('“\\n”');
    expect(shown('a\tb\rc\u0007d\u2028e')).toBe('"a\\tb\\rc\\u0007d\\u2028e"');
  });
});
