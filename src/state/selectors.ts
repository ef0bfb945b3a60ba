import type { EventListing, HistoricalEvent } from '../data/schemas';
import type { AppState } from './slices';

const NO_EVENTS: HistoricalEvent[] = [];

/** The whole events; empty until their text is in. */
export const selectEvents = (s: AppState) => s.dataset?.events ?? NO_EVENTS;
export const selectFactions = (s: AppState) => s.listing.factions;
export const selectPeople = (s: AppState) => s.listing.people;
/** What every view draws: the whole events once in, the listing before. */
export const selectDrawnEvents = (s: AppState): readonly EventListing[] => (s.dataset ?? s.listing).events;

/** The open event, whole; undefined while its text is loading. */
export const selectSelectedEvent = (s: AppState): HistoricalEvent | undefined =>
  s.selectedId === null ? undefined : s.dataset?.events.find((e) => e.id === s.selectedId);
