import type { StateCreator } from 'zustand';
import type { DataError } from '../data/data-error';
import type { Dataset, Listing } from '../data/validate-dataset';
import type { Voice } from '../data/schemas';
import { NO_HASH, type UrlHash } from './url-hash';
import type { View } from './view';
import type { ActivityLink } from './activity-link';
import type { CellRef, CompareFocus } from './compare-link';
import type { Positions } from '../data/positions';

export interface DataSlice {
  /** 'ready' once the listing is in: the timeline can draw. */
  status: 'loading' | 'ready' | 'failed';
  /** What the timeline draws of each event, with the factions and people; empty until loaded. */
  listing: Listing;
  /** The events whole, their text joined on, a moment after the listing; null until then. */
  dataset: Dataset | null;
  /** Records dropped while loading, shown to the reader rather than silently lost. */
  dataErrors: DataError[];
  loadFailure: string | null;
  /** Why the events' text could not be loaded; the timeline still draws without it. */
  detailsFailure: string | null;
  /** The compare matrix, once the compare view or an event's panel has asked for it; null until then. */
  positions: Positions | null;
  setPositions: (positions: Positions) => void;
  setListing: (listing: Listing, errors: DataError[]) => void;
  /** The whole events; `errors` are those found joining them, added to the listing's. */
  setDataset: (dataset: Dataset, errors: DataError[]) => void;
  setLoadFailure: (message: string) => void;
  setDetailsFailure: (message: string) => void;
}

export interface SelectionSlice {
  /** The event whose panel is open; null when none is. */
  selectedId: string | null;
  select: (id: string | null) => void;
}

export interface ViewSlice {
  view: View;
  /**
   * With a selected event, the 1-based number of its passage to show in the source reader
   * ("read in context"); without one, a 1-based paragraph of the text.
   */
  passage: number | null;
  setView: (view: View, passage?: number | null) => void;
  /** Opens the source reader at one of an event's quotations, as a single history step. */
  readInContext: (eventId: string, passage: number) => void;
  /** The tour being presented (view=present), and its 1-based step. */
  tour: string | null;
  step: number | null;
  present: (tour: string | null, step?: number) => void;
  setStep: (step: number) => void;
  /** The class activity shown (view=activity): its kind, events and seed. */
  activity: ActivityLink | null;
  /** Inside a course page's iframe (`embed=1`): read from the link, kept by every navigation. */
  embed: boolean;
  /** With view=compare: the open cell, and the question or faction read side by side. */
  cell: CellRef | null;
  focus: CompareFocus | null;
  /** Opens a cell of the matrix, or closes it (null), keeping the focus. */
  openCell: (cell: CellRef | null) => void;
  /** What the address's hash says (the tour editor, a shared tour, the presenter's window). */
  hash: UrlHash;
  setHash: (hash: UrlHash) => void;
  /** Goes to a view showing something: the one way views send the reader elsewhere. */
  navigate: (to: Destination) => void;
}

/**
 * Where a navigation leads. What it shows (event, passage, tour) is what is given, nothing else;
 * the filters, the window and the hash stay as they are unless given.
 */
export interface Destination {
  view: View;
  event?: string | null;
  passage?: number | null;
  tour?: string | null;
  /** 1-based; a tour starts at its first step. */
  step?: number | null;
  activity?: ActivityLink | null;
  cell?: CellRef | null;
  focus?: CompareFocus | null;
  /** Replaces the filters, and frames their results. */
  filters?: Filters;
  /** The timeline's window there (leaving a tour's step opens on the step's stretch of time). */
  timeWindow?: TimeWindow;
  hash?: UrlHash;
}

/** The visible stretch of the timeline, in UTC milliseconds. */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface WindowSlice {
  /** null means "fit everything", the state before a reader pans or zooms. */
  timeWindow: TimeWindow | null;
  setTimeWindow: (w: TimeWindow | null) => void;
}

/** What narrows the events in every view; all of it lives in the URL. */
export interface Filters {
  /** Faction ids; an event matches when any of its factions is chosen. */
  factions: string[];
  kinds: string[];
  /** Person ids; an event matches when any of its people is chosen. */
  people: string[];
  /** Full-text search. */
  q: string;
  /**
   * Only events the source quotes in this voice (at least one passage); the filter bar offers
   * "words of the time only", i.e. `participant`.
   */
  voice: Voice | null;
}

export const NO_FILTERS: Filters = { factions: [], kinds: [], people: [], q: '', voice: null };

export interface FilterSlice {
  filters: Filters;
  /**
   * The reader changed the filters: the window is to frame the results once they are known
   * (app/use-reframe.ts). Not set by back and forward, which bring their own window.
   */
  reframe: boolean;
  setFilters: (patch: Partial<Filters>) => void;
  toggleFilter: (key: 'factions' | 'kinds' | 'people', value: string) => void;
  clearFilters: () => void;
  /** Frames the results: the window, with the request to frame done. */
  frameResults: (timeWindow: TimeWindow | null) => void;
  /** Asks for the results to be framed (a link with filters and no window), or drops the request. */
  askToFrame: (reframe: boolean) => void;
}

export interface Notice {
  id: number;
  message: string;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (message: string) => void;
  dismiss: (id: number) => void;
}

export type AppState = DataSlice & SelectionSlice & ViewSlice & WindowSlice & FilterSlice & NoticeSlice;
type Slice<T> = StateCreator<AppState, [], [], T>;

const EMPTY_LISTING: Listing = { events: [], factions: [], people: [] };

export const createDataSlice: Slice<DataSlice> = (set) => ({
  status: 'loading',
  listing: EMPTY_LISTING,
  dataset: null,
  dataErrors: [],
  loadFailure: null,
  detailsFailure: null,
  positions: null,
  setPositions: (positions) => set({ positions }),
  setListing: (listing, dataErrors) => set({ listing, dataErrors, status: 'ready', loadFailure: null }),
  setDataset: (dataset, errors) =>
    set((s) => ({ dataset, dataErrors: [...s.dataErrors, ...errors], detailsFailure: null })),
  setLoadFailure: (loadFailure) => set({ loadFailure, status: 'failed' }),
  setDetailsFailure: (detailsFailure) => set({ detailsFailure }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
});

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  hash: NO_HASH,
  setHash: (hash) => set({ hash }),
  navigate: (to) =>
    set({
      view: to.view,
      selectedId: to.event ?? null,
      passage: to.passage ?? null,
      tour: to.tour ?? null,
      step: to.tour ? (to.step ?? 1) : null,
      activity: to.activity ?? null,
      cell: to.cell ?? null,
      focus: to.focus ?? null,
      ...(to.filters && { filters: to.filters, reframe: true }),
      ...(to.timeWindow && { timeWindow: to.timeWindow }),
      ...(to.hash && { hash: to.hash }),
    }),
  view: 'timeline',
  passage: null,
  setView: (view, passage = null) => set({ view, passage, cell: null, focus: null }),
  readInContext: (eventId, passage) => set({ view: 'source', selectedId: eventId, passage }),
  tour: null,
  step: null,
  present: (tour, step = 1) => set({ view: 'present', tour, step: tour === null ? null : step }),
  setStep: (step) => set({ step }),
  activity: null,
  embed: false,
  cell: null,
  focus: null,
  openCell: (cell) => set({ cell }),
});

export const createWindowSlice: Slice<WindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) => set({ timeWindow }),
});

export const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  reframe: false,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, reframe: true })),
  toggleFilter: (key, value) =>
    set((s) => {
      const current = s.filters[key];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next }, reframe: true };
    }),
  clearFilters: () => set({ filters: NO_FILTERS, reframe: true }),
  frameResults: (timeWindow) => set({ timeWindow, reframe: false }),
  askToFrame: (reframe) => set({ reframe }),
});

let nextNoticeId = 1;
export const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (message) =>
    set((s) =>
      s.notices.some((n) => n.message === message)
        ? s
        : { notices: [...s.notices, { id: nextNoticeId++, message }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
