import type { HistoricalEvent } from '../data/schemas';
import type { AppState } from './slices';

export const selectEvents = (s: AppState) => s.dataset.events;
export const selectFactions = (s: AppState) => s.dataset.factions;
export const selectPeople = (s: AppState) => s.dataset.people;

export const selectSelectedEvent = (s: AppState): HistoricalEvent | undefined =>
  s.selectedId === null ? undefined : s.dataset.events.find((e) => e.id === s.selectedId);
