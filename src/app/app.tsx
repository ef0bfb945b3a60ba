import { useRef } from 'react';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/slices';
import { Notices } from '../ui/notices';
import { AppHeader, SkipLink } from './app-header';
import { MainView } from './main-view';
import { useFocusAfterViewChange } from './use-focus-after-view-change';
import { useDatasetLoader } from './use-dataset-loader';
import { ErrorBoundary } from '../ui/error-boundary';
import { useHydrated } from './use-hydrated';
import { useDocumentTitle } from '../ui/use-document-title';
import { useHeightProperty } from '../ui/use-height-property';
import { OfflineSupport } from './offline/offline-support';
import { cellTitle } from '../data/position-cells';

const selectNotices = (s: AppState) => s.notices;
const selectStatus = (s: AppState) => s.status;
const selectView = (s: AppState) => s.view;
const selectSelectedId = (s: AppState) => s.selectedId;
const selectEmbed = (s: AppState) => s.embed;
/**
 * What the window's title names as open: a compare cell in the compare view, the open event in
 * the views that show it (its panel beside the timeline or the List, the source text's way back
 * to it), else nothing: the event stays chosen in the address while the reader looks at the
 * factions, and "Tenth Party Congress · Factions and people" named what that page does not show.
 */
const selectSelectedTitle = (s: AppState) => {
  if (s.view === 'compare')
    return s.cell && s.positions ? cellTitle(s.positions, s.listing.factions, s.cell) : null;
  if (s.view !== 'timeline' && s.view !== 'list' && s.view !== 'source') return null;
  return s.selectedId === null ? null : (s.listing.events.find((e) => e.id === s.selectedId)?.title ?? null);
};

export function App() {
  useDatasetLoader();
  const notices = useAppStore(selectNotices);
  const status = useAppStore(selectStatus);
  const view = useAppStore(selectView);
  const selectedId = useAppStore(selectSelectedId);
  const selectedTitle = useAppStore(selectSelectedTitle);
  const embed = useAppStore(selectEmbed);
  const { dismiss, setView } = useAppStore.getState();
  // The frame in index.html is this render with no address read yet: no view, an empty main.
  const hydrated = useHydrated();
  const headerRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  // The timeline view fills exactly the screen below the header, however it wraps (.main--fill).
  useHeightProperty(headerRef, '--header-height');
  useFocusAfterViewChange(hydrated ? view : null, mainRef);
  // The present view names its slide itself (present-route.tsx), from the tour it has loaded.
  useDocumentTitle(hydrated && view !== 'present' ? view : null, selectedTitle);
  const embedded = hydrated && embed;
  // The timeline fills the screen under the header; the other views flow with the page.
  const fills = hydrated && view === 'timeline' && status === 'ready';

  return (
    <>
      <SkipLink toTimeline={!hydrated || view === 'timeline'} />
      <AppHeader
        ref={headerRef}
        view={hydrated ? view : null}
        selectedId={hydrated ? selectedId : null}
        onNavigate={(v) => setView(v)}
        embedded={embedded}
      />
      {/* Focusable from script only: the skip link's target, and where focus goes when a view changes. */}
      <main id="main" ref={mainRef} tabIndex={-1} className={fills ? 'main main--fill' : 'main'}>
        {hydrated && <Notices notices={notices} onDismiss={dismiss} />}
        {hydrated && (
          <ErrorBoundary key={view}>
            <MainView />
          </ErrorBoundary>
        )}
      </main>
      {/* The footer waits for the data, so the views arriving above it do not push it down (CLS). */}
      {hydrated && !embedded && status !== 'loading' && (
        <footer className="app-footer">
          <p>
            Built on the <cite>An Anarchist FAQ</cite> appendix “Were any of the Bolshevik oppositions a real
            alternative?”. Summaries are the project's own; quotations are verbatim from that text.
          </p>
        </footer>
      )}
      <OfflineSupport ready={hydrated && status !== 'loading'} />
    </>
  );
}
