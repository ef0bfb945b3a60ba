/**
 * The end-to-end tests' server (playwright.config.ts): the build, at the root and under
 * /history/oppositions/, with the embed variant of the guide's headers.
 * `tsx scripts/serve-e2e.ts <dist> <port>`.
 */
import path from 'node:path';
import { serveStatic } from './static-server.ts';
import { e2eHosting } from './hosting/e2e-hosting.ts';

const [dist = 'dist', port = '4173'] = process.argv.slice(2);
await serveStatic(path.resolve(dist), Number(port), {}, e2eHosting('embed'));
console.log(`serving ${dist} on http://127.0.0.1:${port}/ and …/history/oppositions/`);
