import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { SERVED_EVENT_FILES, splitEvents } from '../src/data/split-events.ts';
import { rawVoiceOf } from '../src/data/voice.ts';
import { ENGINE_CODE_META } from '../src/timeline/prefetch-engine.ts';

/** The data files the app fetches as they are in the repository's data/ folder. */
const SERVED_DATA = [
  'factions.json',
  'people.json',
  'tours.json',
  'works.json',
  'positions.json',
  'source/bolshevik-oppositions.txt',
];

/**
 * The two files the app reads data/events.json as (src/data/split-events.ts, with
 * data/people.json for the passages' voices), made from it on each request in development and once in the build. A file that is not JSON is served as it
 * is, so the browser reports it.
 */
async function servedEventFiles(dataDir: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(dataDir, 'events.json'), 'utf8');
  let events: unknown;
  try {
    events = JSON.parse(text) as unknown;
  } catch {
    return { [SERVED_EVENT_FILES.listing]: text, [SERVED_EVENT_FILES.details]: text };
  }
  // The passages' voices come from the people's (a people file that is not JSON tells none:
  // the browser reports that file).
  let people: unknown = [];
  try {
    people = JSON.parse(await readFile(path.join(dataDir, 'people.json'), 'utf8')) as unknown;
  } catch {
    /* reported by the browser's check of data/people.json */
  }
  const { listing, details } = splitEvents(events, rawVoiceOf(people));
  return {
    [SERVED_EVENT_FILES.listing]: JSON.stringify(listing),
    [SERVED_EVENT_FILES.details]: JSON.stringify(details),
  };
}
const EVENT_FILE_URLS = Object.values(SERVED_EVENT_FILES).map((file) => `/${file}`);
const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves data/ under /data/ in development and copies it into the build (the events file as the
 * two files it is read as), so there is one copy of the dataset (the one validated) and tests
 * can swap it for a fixture at the network layer.
 */
export function dataFiles(root: string): Plugin {
  const dataDir = path.join(root, 'data');
  return {
    name: 'oppositions-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (EVENT_FILE_URLS.includes(url)) {
          servedEventFiles(dataDir)
            .then((files) => {
              res.setHeader('Content-Type', 'application/json');
              res.end(files[url.slice(1)]);
            })
            .catch(next);
          return;
        }
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
    async generateBundle() {
      for (const [fileName, source] of Object.entries(await servedEventFiles(dataDir))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
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
export const CONTENT_SECURITY_POLICY = [
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

/**
 * The policy above in a meta tag, for hosts that send no headers. A host that can send headers
 * sends it with frame-ancestors, which a meta tag cannot carry (deploy/, docs/deploy.md).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'oppositions-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Lists the timeline engine's code (src/timeline/engine/engine.ts and the chunks it imports: vis-timeline,
 * moment) in a meta tag, so that the page can fetch it ahead, when idle, without running it
 * (src/timeline/prefetch-engine.ts). Prefetch links in the HTML would start before the first
 * paint and compete with it.
 */
export function listEngineCode(): Plugin {
  return {
    name: 'oppositions-list-engine-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const engine = chunks.find((c) => c.facadeModuleId?.endsWith('/src/timeline/engine/engine.ts'));
        if (!engine) throw new Error('the build has no chunk for src/timeline/engine/engine.ts');
        const files = [engine.fileName, ...engine.imports.filter((file) => /engine-/.test(file))];
        return [
          {
            tag: 'meta',
            attrs: { name: ENGINE_CODE_META, content: files.join(' ') },
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}
