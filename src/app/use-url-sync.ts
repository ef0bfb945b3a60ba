import { useEffect } from 'react';
import { startUrlSync } from '../state/url-sync';

/** Binds the store to the address bar for the app's lifetime. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(), []);
}
