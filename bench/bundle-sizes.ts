import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SERVED_EVENT_FILES } from '../src/data/split-events';

export interface ChunkSize {
  file: string;
  part: 'react' | 'timeline engine' | 'app' | 'data' | 'styles';
  gzipBytes: number;
}

/** A chunk as Vite's manifest (`vite build --manifest`) describes it. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The module the page's entry (src/boot.ts) imports once its frame is painted: the app. */
const APP_MODULE = 'src/main.tsx';
/** What boot.ts fetches with the app's scripts: what the timeline draws. */
const FIRST_VIEW_DATA = [SERVED_EVENT_FILES.listing, 'data/factions.json', 'data/people.json'];

function partOf(file: string): ChunkSize['part'] {
  if (file.endsWith('.css')) return 'styles';
  if (file.endsWith('.json')) return 'data';
  if (/react-/.test(file)) return 'react';
  if (/timeline-engine-/.test(file)) return 'timeline engine';
  return 'app';
}

const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(path.join(dist, file))).length;

/**
 * What the first view downloads, read from the build's manifest (so the build must be made with
 * `--manifest`): the page's entry, the app it imports once the frame is painted, every chunk
 * either imports statically, their stylesheets, and the data the entry fetches. Chunks loaded
 * on demand (the timeline engine, reader, panel, list, search, export) are left out.
 */
export function firstViewSizes(dist: string): ChunkSize[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry || !manifest[APP_MODULE])
    throw new Error(`the manifest in ${dist} has no entry or no ${APP_MODULE}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(APP_MODULE);
  return [...files, ...FIRST_VIEW_DATA].map((file) => ({
    file,
    part: partOf(file),
    gzipBytes: gzipSize(dist, file),
  }));
}

/**
 * The timeline engine (vis-timeline and its adapter), loaded when the reader first reaches for
 * the timeline: its chunk and the adapter's, as the manifest lists them under src/timeline/engine/engine.ts.
 */
export function engineSize(dist: string): number {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const engine = manifest['src/timeline/engine/engine.ts'];
  if (!engine) throw new Error(`the manifest in ${dist} has no src/timeline/engine/engine.ts`);
  const files = [engine.file, ...(engine.imports ?? []).flatMap((key) => manifest[key]?.file ?? [])];
  return files.filter((f) => /engine-/.test(f)).reduce((n, f) => n + gzipSize(dist, f), 0);
}

/**
 * The worker that checks the events' text (src/data/check.worker.ts). Not part of the first view:
 * it is started once the events' text has been fetched, and checks it after the first draw.
 */
export function textWorkerSize(dist: string): number {
  const assets = path.join(dist, 'assets');
  const worker = readdirSync(assets).find((f) => /^check\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error(`no check.worker-*.js in ${assets}`);
  return gzipSize(dist, path.join('assets', worker));
}
