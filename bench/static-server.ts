import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

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

/**
 * Serves dist/ as a production host would: gzip for text, long caching for hashed assets.
 * `vite preview` sends everything uncompressed, which would make Lighthouse measure a
 * deployment nobody runs.
 */
export function serveStatic(
  root: string,
  port: number,
  overrides: Record<string, string> = {},
): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const ext = path.extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    const compressible = /text|javascript|json|svg/.test(type);
    if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
