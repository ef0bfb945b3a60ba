/**
 * Something loaded once and shared: every caller gets the same promise while it is pending and
 * after it has succeeded; a failure is forgotten once it settles, so the next call tries again
 * (a connection back, a file redeployed) instead of failing until the page reloads.
 */
export function cachedLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (pending) return pending;
    // Run at once, so a request starts when it is asked for; a synchronous throw rejects too.
    const attempt = new Promise<T>((resolve) => resolve(load()));
    pending = attempt;
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
    return attempt;
  };
}

/**
 * cachedLoader once per key (a dataset, its events): what was loaded for one key is never
 * handed out for another, and goes with its key.
 */
export function cachedLoaderPerKey<K extends object, T>(
  load: (key: K) => Promise<T>,
): (key: K) => Promise<T> {
  const loaders = new WeakMap<K, () => Promise<T>>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = cachedLoader(() => load(key));
      loaders.set(key, loader);
    }
    return loader();
  };
}
