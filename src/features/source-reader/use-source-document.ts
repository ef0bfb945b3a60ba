import { useEffect, useState } from 'react';
import type { SourceDocument } from '../../data/source/types';
import { loadSource } from './load-source';

export type SourceState =
  { status: 'loading' } | { status: 'ready'; doc: SourceDocument } | { status: 'failed'; message: string };

export function useSourceDocument(): SourceState {
  const [state, setState] = useState<SourceState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadSource().then(
      (doc) => !cancelled && setState({ status: 'ready', doc }),
      (error: unknown) =>
        !cancelled &&
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
