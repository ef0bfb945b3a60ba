import { parseSearch, toSearch, isMeaningfulChange, type UrlState } from './url';
import { useAppStore } from './store';
import type { AppState } from './slices';

const fromStore = (s: AppState): UrlState => ({
  view: s.view,
  event: s.selectedId,
  passage: s.passage,
  timeWindow: s.timeWindow,
  filters: s.filters,
  tour: s.tour,
  step: s.step,
});

function applyToStore(state: UrlState): void {
  useAppStore.setState({
    view: state.view,
    selectedId: state.event,
    passage: state.passage,
    timeWindow: state.timeWindow,
    filters: state.filters,
    tour: state.tour,
    step: state.step,
    // A link, back or forward brings its own window: nothing to frame.
    reframe: false,
  });
}

/** Drops linked ids that the dataset does not have, saying so, once the data is in. */
function checkLinkedIds(): void {
  const { selectedId, listing, filters, notify, select, setFilters } = useAppStore.getState();
  if (selectedId !== null && !listing.events.some((e) => e.id === selectedId)) {
    notify(`The link names an event "${selectedId}" that is not in the timeline.`);
    select(null);
  }
  const known = {
    factions: new Set(listing.factions.map((f) => f.id)),
    people: new Set(listing.people.map((p) => p.id)),
  };
  for (const key of ['factions', 'people'] as const) {
    const unknown = filters[key].filter((id) => !known[key].has(id));
    if (unknown.length === 0) continue;
    notify(
      `The link filters by ${key === 'factions' ? 'faction' : 'person'} ${unknown.map((u) => `"${u}"`).join(', ')}, which this timeline does not have; that filter was dropped.`,
    );
    setFilters({ [key]: filters[key].filter((id) => known[key].has(id)) });
  }
}

/** The address for a query string, keeping the hash (the presenter window is opened with #presenter). */
const addressFor = (search: string) => `${search || window.location.pathname}${window.location.hash}`;

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
  // Canonicalise the address the reader arrived with, without adding history. Most arrive at a
  // canonical one; the history call is skipped then, as it costs the first render ~15 ms.
  const canonical = toSearch(last);
  if (canonical !== window.location.search) window.history.replaceState(null, '', addressFor(canonical));

  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.status === 'ready' && prev.status !== 'ready') checkLinkedIds();
    const next = fromStore(useAppStore.getState());
    const search = toSearch(next);
    if (search === window.location.search) {
      last = next;
      return;
    }
    const url = addressFor(search);
    if (isMeaningfulChange(last, next)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    last = next;
  });

  const onPopState = () => {
    const { state } = parseSearch(window.location.search);
    last = state;
    applyToStore(state);
    if (useAppStore.getState().status === 'ready') checkLinkedIds();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
