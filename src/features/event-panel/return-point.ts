/**
 * The passage a reader left an event's panel from to read it in the source text. Coming back to
 * that event (Back, or the source reader's link to it) the panel opens at that passage, its link
 * focused, rather than at the event's title: a reader going through an event's fifteen quotations
 * one by one in context was otherwise sent back to the top after each.
 */
let left: { event: string; passage: number } | null = null;

export function leaveForSource(event: string, passage: number): void {
  left = { event, passage };
}

/** The passage to open `event` at, once: any other event opened meanwhile forgets it. */
export function takeReturnPoint(event: string): number | null {
  const passage = left?.event === event ? left.passage : null;
  // Forgotten after the commit that asked, not at once: development's strict mode runs a mount's
  // effects twice in one commit, and the second must find it too.
  queueMicrotask(() => {
    left = null;
  });
  return passage;
}
