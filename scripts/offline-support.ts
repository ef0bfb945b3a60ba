import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The page's background in each theme (src/app/styles.css, --bg): the splash and title bar. */
export const THEME_COLOURS = { light: '#f7f4ee', dark: '#141311' } as const;

/** The service worker's file, beside index.html: its folder is its scope, wherever that is. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Offline use and installing, by Workbox through vite-plugin-pwa. generateSW rather than
 * injectManifest: the app needs a precache of the whole build, a navigation fallback and the
 * prompt-to-update handshake, all of which Workbox generates; a worker of our own would be code
 * to keep that does nothing Workbox does not.
 *
 * Every file of the build is precached, revisioned by its content: the chunks of every view
 * (lazy ones too: the engine, present mode, the editor, compare), the data files the build
 * writes (scripts/vite-plugins.ts) and the source text. A new deployment waits (skipWaiting off)
 * until the reader chooses to reload (src/app/offline/), so nothing changes under a teacher
 * mid-lesson. The app registers the worker itself once its first view has drawn.
 */
export function offlineSupport(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/app/offline/register-service-worker.ts, after the first view, not by a
    // script in the HTML.
    injectRegister: false,
    filename: SERVICE_WORKER_FILE,
    // Paths relative to the manifest and the worker, so one build works under any sub-path.
    scope: './',
    base: './',
    manifest: {
      name: 'Oppositions 1907–1937',
      short_name: 'Oppositions',
      description:
        'An interactive timeline of the oppositions inside the Bolshevik party, 1907–1937, every event tied to its source.',
      lang: 'en',
      start_url: './',
      scope: './',
      id: './',
      display: 'standalone',
      // A manifest has one colour of each; index.html's theme-color metas give both themes.
      theme_color: THEME_COLOURS.light,
      background_color: THEME_COLOURS.light,
      // Drawn from public/favicon.svg by scripts/make-icons.ts.
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{html,js,css,json,txt,svg}'],
      // The bench's build manifest (vite build --manifest) is not part of the app.
      globIgnores: ['.vite/**'],
      navigateFallback: 'index.html',
      // The runtime inside sw.js: one file to serve uncached, none with a hash of its own.
      inlineWorkboxRuntime: true,
      // The first visit's page is served from the precache as soon as the worker is active (so
      // a view opened later in that visit works offline too). An update still waits for Reload.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  });
}
