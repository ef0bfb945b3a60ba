import type { UrlEnvironment } from './url-sync';

type Listener = () => void;

/**
 * A window's address and history, as url-sync sees them, without a browser: pushState and
 * replaceState change the entries, `back`/`forward` and `follow` fire popstate (and, for a
 * followed hash, hashchange) as a browser does.
 */
export function fakeWindow(start: string) {
  const toUrl = (href: string, base = 'https://example.org/app/') => new URL(href, base);
  const entries = [toUrl(start)];
  let index = 0;
  const listeners = new Map<string, Set<Listener>>();
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const current = () => entries[index] ?? toUrl('');
  /** As a browser's history does, an address on another origin (`//host/…` is one) is refused. */
  const sameOrigin = (href: string | URL | null | undefined) => {
    const url = toUrl(String(href), current().href);
    if (url.origin !== current().origin)
      throw new DOMException(
        `A history state object with URL '${url.href}' cannot be created`,
        'SecurityError',
      );
    return url;
  };

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
        entries.splice(index + 1, entries.length, sameOrigin(href));
        index += 1;
      },
      replaceState: (_data, _unused, href) => {
        entries[index] = sameOrigin(href);
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
    /** The path, as the address bar shows it. */
    path: () => current().pathname,
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
