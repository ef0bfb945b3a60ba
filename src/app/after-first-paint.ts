/**
 * Runs `start` once the page's first contentful paint is on screen (the Paint Timing API's
 * entry: the frame was presented, not only drawn). A page opened in a background tab gets no
 * paint until it is shown and has nothing to wait for: it starts at once. Where the browser
 * reports no paint timing, after one frame and a task; and at the latest after `fallbackMs`, for
 * a page that paints no text.
 */
export function afterFirstPaint(start: () => void, fallbackMs = 1000): void {
  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  let started = false;
  let observer: PerformanceObserver | null = null;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(fallback);
    start();
  };
  const fallback = setTimeout(go, fallbackMs);
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('paint')
  ) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go));
  }
}
