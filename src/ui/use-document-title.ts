import { useEffect } from 'react';
import type { View } from '../state/view';

const SITE = 'Oppositions 1907–1937';
const VIEW_NAMES: Record<View, string> = {
  timeline: 'Timeline',
  list: 'List',
  factions: 'Factions and people',
  compare: 'Compare',
  source: 'Source text',
  present: 'Present',
  activity: 'Class activity',
};

/** The window's title: the open event (or compare cell), the view, the site, so tabs and history say where a reader is. */
export function documentTitle(view: View, eventTitle: string | null): string {
  return [eventTitle, VIEW_NAMES[view], SITE].filter((part) => part !== null).join(' · ');
}

export function useDocumentTitle(view: View | null, eventTitle: string | null): void {
  useEffect(() => {
    if (view !== null) document.title = documentTitle(view, eventTitle);
  }, [view, eventTitle]);
}
