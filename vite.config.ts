import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, dataFiles, listEngineCode } from './scripts/vite-plugins.ts';
import { prerenderShell } from './scripts/prerender-shell.ts';
import { offlineSupport } from './scripts/offline-support.ts';

export default defineConfig({
  // Relative: one build runs at a site's root and under any sub-path (docs/deploy.md).
  base: './',
  resolve: {
    // vis-timeline's HTML sanitiser, replaced by a stricter escape-everything filter: see the file.
    alias: { xss: fileURLToPath(new URL('./src/timeline/escape-html-filter.ts', import.meta.url)) },
  },
  plugins: [
    react(),
    dataFiles(import.meta.dirname),
    contentSecurityPolicy(),
    prerenderShell(import.meta.dirname),
    listEngineCode(),
    offlineSupport(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Named chunks that change at different rates cache apart, and the bench reports each.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            {
              name: 'timeline-engine',
              // Its code only: vis-timeline's stylesheet is the preview's, in the first view.
              test: /node_modules[\\/](vis-timeline|vis-data|vis-util|moment|@egjs|propagating-hammerjs|keycharm|component-emitter|uuid)[\\/].*\.m?js$/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  // The dataset check's worker (src/data/check.worker.ts) as a module, like the app.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    // Playwright owns e2e/; vitest would otherwise try to run its specs.
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker rather than per file: the run takes 10 s instead of 42 s on two
    // cores. Every test sets up and clears what it uses (stores, storage, the DOM); runs with
    // `--sequence.shuffle` pass, and are the way to find a test that leans on another's leftovers.
    isolate: false,
  },
});
