import type { Destination } from '../../state/slices';

/**
 * The editor open at one tour; the event keeps its place, as the header's links do. One value for
 * the link's address (hrefFor) and for the store's navigate, so the two cannot drift apart.
 */
export const editorDestination = (tourId: string, eventId: string | null = null): Destination => ({
  view: 'present',
  event: eventId,
  hash: { kind: 'edit', tourId },
});
