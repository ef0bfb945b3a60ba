import type { UrlEnvironment } from './url-sync';

type Listener = () => void;

/**
 * A window's address and history, as url-sync sees them, without a browser: pushState and
 * replaceState change the entries, `back`/`forward` and `follow` fire popstate (and, for a
 * followed hash, hashchange) as a browser does.
 */
export function fakeWindow(start: string) {
  const toUrl = (href: string) => new URL(href, 'https://example.org/app/');
  const entries = [toUrl(start)];
  let index = 0;
  const listeners = new Map<string, Set<Listener>>();
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const current = () => entries[index] ?? toUrl('');

  const env: UrlEnvironment = {
    location: {
      get pathname() {
        return current().pathname;
      },
      get search() {
        return current().search;
      },
      get hash() {
        return current().hash;
      },
    },
    history: {
      pushState: (_data, _unused, href) => {
        entries.splice(index + 1, entries.length, toUrl(String(href)));
        index += 1;
      },
      replaceState: (_data, _unused, href) => {
        entries[index] = toUrl(String(href));
      },
    },
    addEventListener: (type, listener) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
  };

  return {
    env,
    /** The address after the path, as the address bar ends. */
    address: () => `${current().search}${current().hash}`,
    /** How many entries the tab's history holds. */
    length: () => entries.length,
    back: () => {
      index -= 1;
      fire('popstate');
    },
    forward: () => {
      index += 1;
      fire('popstate');
    },
    /** A link to `#hash` within the page: a new entry, as the browser makes it. */
    follow: (hash: string) => {
      const next = new URL(current());
      next.hash = hash;
      entries.splice(index + 1, entries.length, next);
      index += 1;
      fire('popstate');
      fire('hashchange');
    },
  };
}
