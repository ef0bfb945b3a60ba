import { parseSearch, toSearch, isMeaningfulChange, type UrlState } from './url';
import { parseHash, sameHash, toHash } from './url-hash';
import { useAppStore } from './store';
import type { AppState } from './slices';
import { linkNotice, listSome, shown } from './link-notice';

/** What url-sync needs of the window; tests hand it a fake history. */
export interface UrlEnvironment {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate' | 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'popstate' | 'hashchange', listener: () => void) => void;
}

/** The part of the store the address carries. */
export const urlStateOf = (s: AppState): UrlState => ({
  view: s.view,
  event: s.selectedId,
  passage: s.passage,
  timeWindow: s.timeWindow,
  filters: s.filters,
  tour: s.tour,
  step: s.step,
  activity: s.activity,
  embed: s.embed,
  cell: s.cell,
  focus: s.focus,
  hash: s.hash,
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
    activity: state.activity,
    embed: state.embed,
    cell: state.cell,
    focus: state.focus,
    hash: state.hash,
    // A link, back or forward brings its own window: nothing to frame.
    reframe: false,
  });
}

/** Drops linked ids that the dataset does not have, saying so, once the data is in. */
function checkLinkedIds(): void {
  const { selectedId, listing, filters, notify, select, setFilters } = useAppStore.getState();
  if (selectedId !== null && !listing.events.some((e) => e.id === selectedId)) {
    notify(`The link names an event ${shown(selectedId)} that is not in the timeline.`);
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
      `The link filters by ${key === 'factions' ? 'faction' : 'person'} ${listSome(unknown.map((v) => shown(v)))}, which this timeline does not have; that filter was dropped.`,
    );
    setFilters({ [key]: filters[key].filter((id) => known[key].has(id)) });
  }
}

/** The page's path with runs of slashes made one: whatever base the app is served under, it stays there. */
export const normalisePath = (path: string): string => path.replace(/\/{2,}/g, '/');

/**
 * Keeps the store and the address bar in step both ways: state changes write the URL
 * (a new history entry only for meaningful ones), back/forward write the store. This is the
 * only code that writes the address, hash included; views change the store.
 * Returns a function that stops syncing.
 */
export function startUrlSync(env: UrlEnvironment = window): () => void {
  const { location, history } = env;
  const read = (): UrlState => ({ ...parseSearch(location.search).state, hash: parseHash(location.hash) });
  // The address is always written with its path: a bare hash or '' would keep the old query. The
  // path is normalised first, as a path that starts with `//` (a CMS that doubles a slash) would
  // name another host to history, which throws.
  const addressFor = (search: string, hash: string) => `${normalisePath(location.pathname)}${search}${hash}`;

  const initial = parseSearch(location.search);
  applyToStore({ ...initial.state, hash: parseHash(location.hash) });
  const notice = linkNotice(initial.problems);
  if (notice !== null) useAppStore.getState().notify(notice);
  let last = urlStateOf(useAppStore.getState());
  // Canonicalise the query the reader arrived with, without adding history; the hash stays as it
  // came. Most arrive at a canonical one; the history call is skipped then, as it costs the first
  // render ~15 ms.
  const canonical = toSearch(last);
  if (canonical !== location.search || normalisePath(location.pathname) !== location.pathname)
    history.replaceState(null, '', addressFor(canonical, location.hash));

  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.status === 'ready' && prev.status !== 'ready') checkLinkedIds();
    const next = urlStateOf(useAppStore.getState());
    const search = toSearch(next);
    // The hash is written when the store's changes; until then the address keeps the one it has
    // (the presenter's, a shared tour's, or an anchor in the source text the app does not own).
    const hash = sameHash(last.hash, next.hash) ? location.hash : toHash(next.hash);
    if (search !== location.search || hash !== location.hash) {
      const url = addressFor(search, hash);
      if (isMeaningfulChange(last, next)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    last = next;
  });

  // Back, forward and a hash typed or followed within the page (popstate, and hashchange after it).
  const onPopState = () => {
    const state = read();
    last = state;
    applyToStore(state);
    if (useAppStore.getState().status === 'ready') checkLinkedIds();
  };
  env.addEventListener('popstate', onPopState);
  env.addEventListener('hashchange', onPopState);
  return () => {
    unsubscribe();
    env.removeEventListener('popstate', onPopState);
    env.removeEventListener('hashchange', onPopState);
  };
}
