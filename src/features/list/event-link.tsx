import type { HistoricalEvent } from '../../data/schemas';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../../ui/highlighted';
import { AppLink } from '../../ui/app-link';

export interface EventLinkProps {
  event: HistoricalEvent;
  terms: readonly string[];
  onOpen: (id: string) => void;
}

/**
 * An event's title as a link to it: a real address, so it opens in a new tab or is copied like
 * any link, while a plain click opens the panel in place.
 */
export function EventLink({ event, terms, onOpen }: EventLinkProps) {
  return (
    <AppLink href={hrefFor({ view: 'list', event: event.id })} onNavigate={() => onOpen(event.id)}>
      <Highlighted text={event.title} terms={terms} />
    </AppLink>
  );
}
