import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/slices';
import { Notices } from '../ui/notices';
import { AppHeader } from './app-header';
import { ExploreView } from './explore-view';
import { useDatasetLoader } from './use-dataset-loader';
import { ErrorBoundary } from '../ui/error-boundary';

// The reader, its parser and the 115 KB text load only when someone opens it.
const SourceReader = lazy(() => import('../features/source-reader/source-reader'));

const selectNotices = (s: AppState) => s.notices;
const selectView = (s: AppState) => s.view;
const selectSelectedId = (s: AppState) => s.selectedId;
const selectHasPanel = (s: AppState) => s.view === 'timeline' && s.selectedId !== null;

export function App() {
  useDatasetLoader();
  const notices = useAppStore(selectNotices);
  const view = useAppStore(selectView);
  const selectedId = useAppStore(selectSelectedId);
  const hasPanel = useAppStore(selectHasPanel);
  const { dismiss, setView } = useAppStore.getState();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader view={view} selectedId={selectedId} onNavigate={(v) => setView(v)} />
      <Notices notices={notices} onDismiss={dismiss} />
      <main id="main" className={hasPanel ? 'layout layout--with-panel' : 'layout'}>
        <ErrorBoundary key={view}>
          {view === 'source' ? (
            <Suspense fallback={<p className="source__status">Loading the source text…</p>}>
              <SourceReader />
            </Suspense>
          ) : (
            <ExploreView />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          Built on the <cite>An Anarchist FAQ</cite> appendix “Were any of the Bolshevik oppositions a real
          alternative?”. Summaries are the project's own; quotations are verbatim from that text.
        </p>
      </footer>
    </>
  );
}
