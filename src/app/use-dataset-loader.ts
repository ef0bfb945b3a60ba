import { useEffect } from 'react';
import { loadDataset } from '../data/load-dataset';
import { formatDataError } from '../data/data-error';
import { useAppStore } from '../state/store';

/** Loads the dataset once; dropped records become one notice, a failed load a clear message. */
export function useDatasetLoader(): void {
  useEffect(() => {
    let cancelled = false;
    loadDataset()
      .then(({ dataset, errors }) => {
        if (cancelled) return;
        performance.mark('data:ready');
        const { setDataset, notify } = useAppStore.getState();
        setDataset(dataset, errors);
        if (errors.length > 0) {
          console.warn(errors.map(formatDataError).join('\n'));
          notify(
            `${errors.length} problem${errors.length === 1 ? '' : 's'} in the data: some records were left out.`,
          );
        }
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        useAppStore.getState().setLoadFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
