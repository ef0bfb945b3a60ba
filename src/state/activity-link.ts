/**
 * What a class activity's link carries (`?view=activity&activity=…&events=…&seed=…`): which
 * activity, the events its questions come from, and the seed that picks and shuffles them, so
 * every student who opens the link gets the same questions in the same order.
 */
export const ACTIVITY_KINDS = ['who-said', 'order', 'worksheet'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityLink {
  kind: ActivityKind;
  /** Event ids, in the order the tour or the list gave them. */
  events: string[];
  /** A non-negative integer below 2³¹. */
  seed: number;
}

export const isActivityKind = (value: string): value is ActivityKind =>
  (ACTIVITY_KINDS as readonly string[]).includes(value);

/** The most events a link carries: enough for any tour, short enough for a link in an e-mail. */
export const MAX_ACTIVITY_EVENTS = 40;

export const MAX_SEED = 2 ** 31 - 1;

export const sameActivity = (a: ActivityLink | null, b: ActivityLink | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.kind === b.kind &&
    a.seed === b.seed &&
    a.events.length === b.events.length &&
    a.events.every((id, i) => id === b.events[i]));

/**
 * The activity a tour or a list of events starts with: "Who said it?" on its events (each once,
 * at most MAX_ACTIVITY_EVENTS), seeded from `name` so the same tour always gives the same first
 * questions ("New questions" in the activity draws others).
 */
export function activityFor(eventIds: readonly string[], name: string): ActivityLink {
  // FNV-1a: a stable number from a name, nothing more is asked of it.
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return {
    kind: 'who-said',
    events: [...new Set(eventIds)].slice(0, MAX_ACTIVITY_EVENTS),
    seed: hash % MAX_SEED,
  };
}
