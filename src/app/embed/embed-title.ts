import type { View } from '../../state/view';

/** What each view is, in the words a screen reader announces for the frame. */
const VIEW_WORDS: Record<View, string> = {
  timeline: 'timeline',
  list: 'list of events',
  source: 'source text',
  factions: 'factions and people',
  compare: 'who stood where: factions compared',
  present: 'guided tours',
  activity: 'class activity',
};

export interface EmbedTitleParts {
  view: View;
  /** What the filters show, in words: "Oppositions 1907–1937: Workers' Opposition" (export's title). */
  filterTitle: string;
  /** The tour presented, by its title; null when none is. */
  tourTitle: string | null;
}

/**
 * The frame's title attribute, the name a screen reader gives the frame in the course page: the
 * tour presented, or the view and what its filters show.
 */
export function embedTitle({ view, filterTitle, tourTitle }: EmbedTitleParts): string {
  if (view === 'present' && tourTitle !== null) return `Oppositions 1907–1937, guided tour: ${tourTitle}`;
  return `${filterTitle} (${VIEW_WORDS[view]})`;
}
