import { create } from 'zustand';
import {
  createDataSlice,
  createFilterSlice,
  createNoticeSlice,
  createSelectionSlice,
  createViewSlice,
  createWindowSlice,
  type AppState,
} from './slices';

/** The one store of the app, bound from its slices. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createWindowSlice(...a),
  ...createFilterSlice(...a),
  ...createNoticeSlice(...a),
}));
