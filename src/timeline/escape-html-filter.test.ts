import { describe, expect, it } from 'vitest';
import filter from './escape-html-filter';

describe('the escaping filter vis-timeline uses in place of xss', () => {
  it('turns markup into inert text', () => {
    expect(new filter.FilterXSS().process('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('leaves plain axis labels as they are', () => {
    expect(new filter.FilterXSS().process('1921')).toBe('1921');
    expect(new filter.FilterXSS().process('Mar')).toBe('Mar');
  });
});
