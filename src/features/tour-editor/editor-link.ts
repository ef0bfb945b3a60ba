import { hrefFor } from '../../state/url';

/** A link to the editor open at one tour; the event keeps its place, as the header's links do. */
export const editorHref = (tourId: string, eventId: string | null = null): string =>
  hrefFor({ view: 'present', event: eventId, hash: { kind: 'edit', tourId } });
