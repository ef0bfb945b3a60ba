import { useEffect } from 'react';
import { loadDataset } from '../data/load-dataset';
import { formatDataError, type DataError } from '../data/data-error';
import { useAppStore } from '../state/store';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Dropped records become one notice, their details the console's. */
function report(errors: DataError[]): void {
  if (errors.length === 0) return;
  console.warn(errors.map(formatDataError).join('\n'));
  useAppStore
    .getState()
    .notify(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the data: some records were left out.`,
    );
}

/**
 * Hands the dataset to the store as it arrives: the listing first (the timeline draws), the
 * events' text after. A failed load becomes a clear message; if only the text fails, the
 * timeline stays and says so.
 */
export function useDatasetLoader(): void {
  useEffect(() => {
    let cancelled = false;
    const load = loadDataset();
    load.listing.then(
      ({ dataset: listing, errors }) => {
        if (cancelled) return;
        performance.mark('data:ready');
        useAppStore.getState().setListing(listing, errors);
        report(errors);
      },
      (error: unknown) => {
        if (!cancelled) useAppStore.getState().setLoadFailure(message(error));
      },
    );
    // Settles after the listing, so the store has it (or its failure) by then.
    load.dataset.then(
      ({ dataset, errors }) => {
        if (cancelled) return;
        performance.mark('data:details');
        useAppStore.getState().setDataset(dataset, errors);
        report(errors);
      },
      (error: unknown) => {
        // A failed listing has said so already; this is the text failing on its own.
        if (!cancelled && useAppStore.getState().status === 'ready') {
          useAppStore.getState().setDetailsFailure(message(error));
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
}
