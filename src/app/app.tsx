import { useAppStore } from '../state/store';
import type { AppState } from '../state/slices';
import { Notices } from '../ui/notices';
import { AppHeader, SkipLink } from './app-header';
import { MainView } from './main-view';
import { useDatasetLoader } from './use-dataset-loader';
import { ErrorBoundary } from '../ui/error-boundary';

const selectNotices = (s: AppState) => s.notices;
const selectStatus = (s: AppState) => s.status;
const selectView = (s: AppState) => s.view;
const selectSelectedId = (s: AppState) => s.selectedId;

export function App() {
  useDatasetLoader();
  const notices = useAppStore(selectNotices);
  const status = useAppStore(selectStatus);
  const view = useAppStore(selectView);
  const selectedId = useAppStore(selectSelectedId);
  const { dismiss, setView } = useAppStore.getState();

  return (
    <>
      <SkipLink />
      <AppHeader view={view} selectedId={selectedId} onNavigate={(v) => setView(v)} />
      <Notices notices={notices} onDismiss={dismiss} />
      <main id="main" className="main">
        <ErrorBoundary key={view}>
          <MainView />
        </ErrorBoundary>
      </main>
      {/* The footer waits for the data, so the views arriving above it do not push it down (CLS). */}
      {status !== 'loading' && (
        <footer className="app-footer">
          <p>
            Built on the <cite>An Anarchist FAQ</cite> appendix “Were any of the Bolshevik oppositions a real
            alternative?”. Summaries are the project's own; quotations are verbatim from that text.
          </p>
        </footer>
      )}
    </>
  );
}
