import { parseSearch, toSearch, isMeaningfulChange, type UrlState } from './url';
import { useAppStore } from './store';
import type { AppState } from './slices';

const fromStore = (s: AppState): UrlState => ({
  view: s.view,
  event: s.selectedId,
  passage: s.passage,
  timeWindow: s.timeWindow,
});

function applyToStore(state: UrlState): void {
  useAppStore.setState({
    view: state.view,
    selectedId: state.event,
    passage: state.passage,
    timeWindow: state.timeWindow,
  });
}

/** Drops a linked event that the dataset does not have, saying so, once the data is in. */
function checkLinkedEvent(): void {
  const { selectedId, dataset, notify, select } = useAppStore.getState();
  if (selectedId !== null && !dataset.events.some((e) => e.id === selectedId)) {
    notify(`The link names an event "${selectedId}" that is not in the timeline.`);
    select(null);
  }
}

/**
 * Keeps the store and the address bar in step both ways: state changes write the URL
 * (a new history entry only for meaningful ones), back/forward write the store.
 * Returns a function that stops syncing.
 */
export function startUrlSync(): () => void {
  const initial = parseSearch(window.location.search);
  applyToStore(initial.state);
  initial.problems.forEach((p) => useAppStore.getState().notify(p));
  let last = fromStore(useAppStore.getState());
  // Canonicalise the address the reader arrived with, without adding history.
  window.history.replaceState(null, '', toSearch(last) || window.location.pathname);

  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.status === 'ready' && prev.status !== 'ready') checkLinkedEvent();
    const next = fromStore(useAppStore.getState());
    const search = toSearch(next);
    if (search === window.location.search) {
      last = next;
      return;
    }
    const url = search || window.location.pathname;
    if (isMeaningfulChange(last, next)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    last = next;
  });

  const onPopState = () => {
    const { state } = parseSearch(window.location.search);
    last = state;
    applyToStore(state);
    if (useAppStore.getState().status === 'ready') checkLinkedEvent();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
