/** The meta tag the build lists the engine's code in (scripts/vite-plugins.ts, listEngineCode). */
export const ENGINE_CODE_META = 'oppositions:engine-code';

let done = false;

/**
 * Fetches the engine's code into the browser's cache, without running it, once the page has
 * nothing more urgent to do: the engine then starts without waiting for the network when the
 * reader reaches for the timeline, also where the connection has dropped in between. Once per
 * page; nothing in development, where the meta tag is not written.
 */
export function prefetchEngine(): void {
  if (done) return;
  done = true;
  const files = document.querySelector<HTMLMetaElement>(`meta[name="${ENGINE_CODE_META}"]`)?.content;
  if (!files) return;
  const prefetch = () => {
    for (const href of files.split(' ')) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      // The mode a module script is fetched in, so its request finds this one in the cache.
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 5000 });
  else setTimeout(prefetch, 1000);
}
