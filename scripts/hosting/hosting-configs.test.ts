import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../vite-plugins.ts';
import { headersFor, parseHeadersFile, withFrameAncestors } from './headers-file.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** Paths of a build, from the site's root, each standing for a kind of file the guide names. */
const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/sw.js',
  '/manifest.webmanifest',
  '/assets/index-DNWaQRQq.js',
  '/assets/index-CT73oeBR.css',
  '/data/timeline.json',
  '/data/source/bolshevik-oppositions.txt',
  '/favicon.svg',
  '/icons/icon-192.png',
];

/**
 * What deploy/nginx.conf sends for a path, read from the file as nginx would: the location's
 * add_header lines, with the map's value for $uri (first matching regex, in order) and the
 * frame-ancestors `set` (or the commented embed line) put in for their variables. An empty
 * value sends no header, as in nginx.
 */
function nginxHeaders(conf: string, uri: string, variant: 'strict' | 'embed'): Record<string, string> {
  const map = /map \$uri \$(\w+) \{([\s\S]*?)\n\}/.exec(conf);
  if (!map?.[1] || map[2] === undefined) throw new Error('nginx.conf has no map on $uri');
  const entries = [...map[2].matchAll(/^\s*(default|~\S+)\s+"([^"]*)";/gm)].map(([, key, value]) => ({
    key: key ?? '',
    value: value ?? '',
  }));
  const mapped =
    entries.find((e) => e.key.startsWith('~') && new RegExp(e.key.slice(1)).test(uri))?.value ??
    entries.find((e) => e.key === 'default')?.value ??
    '';
  const setLine = variant === 'strict' ? /^\s*set \$(\w+) "(.*)";/m : /^\s*# embed: set \$(\w+) "(.*)";/m;
  const set = setLine.exec(conf);
  if (!set?.[1] || set[2] === undefined) throw new Error(`nginx.conf has no ${variant} frame-ancestors line`);
  const variables: Record<string, string> = { [map[1]]: mapped, [set[1]]: set[2] };
  const headers: Record<string, string> = {};
  for (const [, name, quoted, bare] of conf.matchAll(
    /^\s*add_header ([\w-]+) (?:"([^"]*)"|(\S+?))(?: always)?;/gm,
  )) {
    const value = (quoted ?? bare ?? '').replace(/\$(\w+)/g, (_, v: string) => variables[v] ?? `$${v}`);
    if (name && value !== '') headers[name.toLowerCase()] = value;
  }
  return headers;
}

describe('the hosting guide’s example configs (deploy/)', () => {
  const strict = parseHeadersFile(read('deploy/_headers'));
  const embed = parseHeadersFile(read('deploy/embed/_headers'));
  const nginx = read('deploy/nginx.conf');

  it.each(SAMPLE_PATHS)(
    'nginx.conf sends %s the headers deploy/_headers gives it, in both variants',
    (path) => {
      const underSubPath = `/history/oppositions${path}`;
      expect(nginxHeaders(nginx, underSubPath, 'strict')).toEqual(headersFor(strict, path));
      expect(nginxHeaders(nginx, underSubPath, 'embed')).toEqual(headersFor(embed, path));
    },
  );

  it('sends the page’s own CSP with frame-ancestors: none by default, the course site in the embed variant', () => {
    expect(headersFor(strict, '/')['content-security-policy']).toBe(
      withFrameAncestors(CONTENT_SECURITY_POLICY, "'none'"),
    );
    expect(headersFor(embed, '/')['content-security-policy']).toBe(
      withFrameAncestors(CONTENT_SECURITY_POLICY, "'self' https://course.example.org"),
    );
  });

  it('caches hashed assets for a year and asks again for the files every build names alike', () => {
    expect(headersFor(strict, '/assets/main-Co8GQVBA.js')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/data/people.json']) {
      expect(headersFor(strict, path)['cache-control'], path).toBe('no-cache');
    }
  });

  it('sets each header once for every path, so no host has to join two values', () => {
    for (const path of SAMPLE_PATHS) {
      const names = strict
        .filter((rule) => Object.keys(headersFor([rule], path)).length > 0)
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});

describe('parseHeadersFile', () => {
  it('reads a pattern and its indented headers, skipping comments', () => {
    const rules = parseHeadersFile('# note\n/assets/*\n  Cache-Control: max-age=1\n  X-A: b: c\n');
    expect(rules).toEqual([
      {
        pattern: '/assets/*',
        headers: [
          ['Cache-Control', 'max-age=1'],
          ['X-A', 'b: c'],
        ],
      },
    ]);
  });

  it('names the line of a header with no path above it', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('line 1');
  });

  it('matches * across slashes and the rest literally, joining a header two rules set', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/data/*.json\n  X-A: 2\n');
    expect(headersFor(rules, '/data/source/a.json')).toEqual({ 'x-a': '1, 2' });
    expect(headersFor(rules, '/dataxjson')).toEqual({ 'x-a': '1' });
  });
});
