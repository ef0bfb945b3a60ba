import type { EventKind } from '../data/schemas';

/**
 * A short glyph per kind of event, so the kind reads without colour. Decorative: the kind
 * is also in the item's accessible name.
 */
export const KIND_MARKS: Record<EventKind, string> = {
  congress: '◆',
  conference: '◇',
  publication: '▤',
  statement: '❝',
  resolution: '§',
  repression: '✕',
  formation: '+',
  dissolution: '−',
  policy: '⚙',
  uprising: '⚑',
  strike: '⚒',
  treaty: '✍',
  international: '◎',
  death: '†',
  period: '━',
  negotiation: '⇄',
};
