import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The data files the app fetches, served from the repository's data/ folder as they are. */
const SERVED_DATA = [
  'events.json',
  'factions.json',
  'people.json',
  'tours.json',
  'source/bolshevik-oppositions.txt',
];
const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves data/ under /data/ in development and copies it into the build, so there is one copy
 * of the dataset (the one validated) and tests can swap it for a fixture at the network layer.
 */
export function dataFiles(root: string): Plugin {
  const dataDir = path.join(root, 'data');
  return {
    name: 'oppositions-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const file = SERVED_DATA.find((f) => url === `/data/${f}`);
        if (!file) {
          next();
          return;
        }
        readFile(path.join(dataDir, file))
          .then((body) => {
            res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
            res.end(body);
          })
          .catch(next);
      });
    },
    // Start fetching the dataset with the HTML, not after the script has run.
    transformIndexHtml: () =>
      ['events.json', 'factions.json', 'people.json'].map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `/data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
    async generateBundle() {
      for (const file of SERVED_DATA) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: await readFile(path.join(dataDir, file)),
        });
      }
    },
  };
}

/**
 * A strict Content-Security-Policy for the built app: nothing loads from another origin and no
 * inline script runs. Added at build time only, since the dev server injects inline styles.
 */
export function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'oppositions-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
