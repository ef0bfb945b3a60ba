import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  part: 'react' | 'timeline engine' | 'app' | 'data' | 'styles';
  gzipBytes: number;
}

function partOf(file: string): ChunkSize['part'] {
  if (file.endsWith('.css')) return 'styles';
  if (file.endsWith('.json')) return 'data';
  if (/react-/.test(file)) return 'react';
  if (/timeline-engine-/.test(file)) return 'timeline engine';
  return 'app';
}

/**
 * What the first view downloads, read from the built index.html: the entry script, the chunks
 * it preloads, its stylesheets and the data it preloads. Lazy chunks (reader, panel, list,
 * search, export) are left out because the first view does not load them.
 */
export function firstViewSizes(dist: string): ChunkSize[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet|preload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet|preload)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].filter((f) => f && !f.endsWith('.svg'));
  return files.map((file) => ({
    file: file.replace(/^\//, ''),
    part: partOf(file),
    gzipBytes: gzipSync(readFileSync(path.join(dist, file))).length,
  }));
}

/**
 * The worker that checks the events' text (src/data/check.worker.ts). Not part of the first view:
 * it is started once the events' text has been fetched, and checks it after the first draw.
 */
export function textWorkerSize(dist: string): number {
  const assets = path.join(dist, 'assets');
  const worker = readdirSync(assets).find((f) => /^check\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error(`no check.worker-*.js in ${assets}`);
  return gzipSync(readFileSync(path.join(assets, worker))).length;
}
