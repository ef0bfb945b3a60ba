import type { Tour } from '../data/tour-schema';
import { useSavedTours } from './saved-tours';
import { STORE_KEY, STORE_VERSION } from './saved-tours-storage';

/** Puts `tours` (none by default) in localStorage, as saved today, and has the app's store read them. */
export function resetSavedTours(tours: readonly Tour[] | null = null): void {
  localStorage.clear();
  if (tours !== null) localStorage.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, tours }));
  void useSavedTours.persist.rehydrate();
}

/** The tours in localStorage's envelope, read as another page would. */
export function toursInStorage(): Tour[] {
  const text = localStorage.getItem(STORE_KEY);
  return text === null ? [] : (JSON.parse(text) as { tours: Tour[] }).tours;
}

/** Writes `text` as saved tours, as another tab would: the app's store hears it by the storage event. */
export function storeFromOtherTab(text: string): void {
  localStorage.setItem(STORE_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY, newValue: text }));
}
