// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet';

/** The snippet as a host page's parser reads it. */
function parsed(snippet: string) {
  const body = new DOMParser().parseFromString(snippet, 'text/html').body;
  return { elements: [...body.querySelectorAll('*')], frame: body.querySelector('iframe') };
}

const APP = 'https://school.example/history/oppositions/';

describe('embedSnippet', () => {
  it('makes one lazy iframe, as wide as its column, named for screen readers', () => {
    const snippet = embedSnippet({
      src: `${APP}?factions=workers-opposition&embed=1`,
      title: "Oppositions 1907–1937: Workers' Opposition (timeline)",
      height: 560,
    });
    expect(snippet).toBe(
      '<iframe src="https://school.example/history/oppositions/?factions=workers-opposition&amp;embed=1" ' +
        'title="Oppositions 1907–1937: Workers&#39; Opposition (timeline)" width="100%" height="560" ' +
        'loading="lazy" allow="clipboard-write"></iframe>',
    );
    const { elements, frame } = parsed(snippet);
    expect(elements.map((e) => e.tagName)).toEqual(['IFRAME']);
    expect(frame?.getAttribute('src')).toBe(`${APP}?factions=workers-opposition&embed=1`);
  });

  it.each([
    '"><script>alert(1)</script>',
    "' onload='alert(1)",
    '</iframe><img src=x onerror=alert(1)>',
    'Tom & Jerry &amp; &lt;b&gt; "quoted" <i>',
  ])('keeps the hostile title %j as the title, and nothing more', (title) => {
    const { elements, frame } = parsed(embedSnippet({ src: `${APP}?embed=1`, title, height: 480 }));
    expect(elements.map((e) => e.tagName)).toEqual(['IFRAME']);
    expect(frame?.getAttribute('title')).toBe(title);
    expect(frame?.getAttributeNames()).toEqual(['src', 'title', 'width', 'height', 'loading', 'allow']);
  });

  it.each([
    `${APP}?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&embed=1`,
    `${APP}?q="><svg onload=alert(1)>&embed=1`,
    `https://school.example/it's/"a path"/<b>/?embed=1#tour=a"b'c<d`,
  ])('keeps the address %j whole inside src, and nothing more', (src) => {
    const { elements, frame } = parsed(embedSnippet({ src, title: 'Timeline', height: 720 }));
    expect(elements.map((e) => e.tagName)).toEqual(['IFRAME']);
    expect(frame?.getAttribute('src')).toBe(new URL(src).href);
    expect(frame?.getAttributeNames()).toEqual(['src', 'title', 'width', 'height', 'loading', 'allow']);
  });

  it('refuses an address that is not http or https', () => {
    expect(() => embedSnippet({ src: 'javascript:alert(1)', title: 'x', height: 560 })).toThrow(
      /http or https/,
    );
    expect(() => embedSnippet({ src: 'data:text/html,<b>x</b>', title: 'x', height: 560 })).toThrow();
  });
});
