import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from './hosting/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** How the build is hosted: where, and with which headers. */
export interface Hosting {
  /**
   * Sub-paths the build is served under as well as the root, each ending in "/" (e.g.
   * "/history/oppositions/"). A sub-path without its final slash is redirected to it, as
   * nginx does for a folder: the build's relative URLs need it.
   */
  mounts?: readonly string[];
  /**
   * The rules of a static host's headers file (deploy/_headers), matched against the path
   * within the mount, and sent in place of the built-in caching.
   */
  headerRules?: readonly HeaderRule[];
}

/** The path within the mount a request's path falls under, or the mount it lacks a final slash of. */
function locate(pathname: string, mounts: readonly string[]): { sitePath: string; redirect?: string } {
  // nginx merges repeated slashes (a CMS's "//history/…") before it looks for a file.
  const merged = pathname.replace(/\/{2,}/g, '/');
  for (const mount of mounts) {
    if (merged === mount.slice(0, -1)) return { sitePath: '/', redirect: mount };
    if (merged.startsWith(mount)) return { sitePath: `/${merged.slice(mount.length)}` };
  }
  return { sitePath: merged };
}

/**
 * Serves dist/ as a production host would: gzip for text, long caching for hashed assets (or
 * the caching and security headers of a headers file), under the root and any sub-paths.
 * `vite preview` sends everything uncompressed, which would make Lighthouse measure a
 * deployment nobody runs, and cannot send a host's headers. A path with no file is a 404, as on
 * a static host, except a folder, which gets its index.html.
 */
export function serveStatic(
  root: string,
  port: number,
  overrides: Record<string, string> = {},
  hosting: Hosting = {},
): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const mounts = hosting.mounts ?? [];
  const server = createServer((req, res) => {
    // Parsed as a path, never as a URL of its own: "//history" is not a host.
    const url = new URL(`http://localhost${req.url ?? '/'}`);
    // A path given in overrides is served from that file instead (a synthetic dataset).
    const override = overrides[url.pathname];
    if (override !== undefined) {
      // Compressed once, as a host serving precompressed files would, not on every request.
      const body = gzipped.get(override) ?? gzipSync(readFileSync(override));
      gzipped.set(override, body);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(override)] ?? 'application/octet-stream',
        'Content-Encoding': 'gzip',
      });
      res.end(body);
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (%E0%A4%A) is the request's fault, not a reason for the server to stop.
      res.writeHead(400).end();
      return;
    }
    const { sitePath, redirect } = locate(pathname, mounts);
    const hostHeaders = hosting.headerRules ? headersFor(hosting.headerRules, sitePath) : undefined;
    if (redirect !== undefined) {
      res.writeHead(301, { ...hostHeaders, Location: `${redirect}${url.search}` }).end();
      return;
    }
    let file = path.join(root, sitePath);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { ...hostHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = path.extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      ...(hostHeaders ?? {
        'Cache-Control': file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      }),
    };
    if (req.method === 'HEAD') {
      res.writeHead(200, headers).end();
      return;
    }
    const compressible = /text|javascript|json|svg/.test(type);
    if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      // Compressed once per version of the file, as a host serving precompressed files does, and
      // not again for each of the e2e run's few hundred page loads.
      const { mtimeMs, size } = statSync(file);
      const key = `${file}|${mtimeMs}|${size}`;
      const body = gzipped.get(key) ?? gzipSync(readFileSync(file));
      gzipped.set(key, body);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(body);
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
