import type { ComponentType } from 'react';
import type { Tour } from '../../data/tour-schema';
import type { Dataset } from '../../data/validate-dataset';

/** What present mode hands the tour editor it shows at `#edit`. */
export interface TourEditorSlotProps {
  dataset: Dataset;
  notify: (message: string) => void;
  /** The saved tour to open first, as the hash names it; null for the first one. */
  openTourId: string | null;
  /** Ids an imported tour may not take: the built-in tours'. */
  reservedIds: readonly string[];
  /** Back to the tour picker. */
  onClose: () => void;
  /** Starts presenting a tour from the editor. */
  onPresent: (tour: Tour) => void;
}

/**
 * The tour editor is a feature of its own: present mode does not import it but is given it by
 * the app (app/present-with-editor.tsx), so features stay apart.
 */
export type TourEditorSlot = ComponentType<TourEditorSlotProps>;
