import { useAppStore } from '../state/store';
import { selectSelectedEvent } from '../state/selectors';
import { Notices } from '../ui/notices';
import { ExploreView } from './explore-view';
import { useDatasetLoader } from './use-dataset-loader';
import { useUrlSync } from './use-url-sync';
import { AppHeader } from './app-header';

const selectNotices = (s: ReturnType<typeof useAppStore.getState>) => s.notices;
const selectDismiss = (s: ReturnType<typeof useAppStore.getState>) => s.dismiss;

export function App() {
  useUrlSync();
  useDatasetLoader();
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore(selectDismiss);
  const selected = useAppStore(selectSelectedEvent);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the timeline
      </a>
      <AppHeader />
      <Notices notices={notices} onDismiss={dismiss} />
      <main id="main" className={selected ? 'layout layout--with-panel' : 'layout'}>
        <ExploreView />
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
