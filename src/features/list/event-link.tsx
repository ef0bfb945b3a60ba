import type { HistoricalEvent } from '../../data/schemas';
import { hrefFor } from '../../state/url';
import { Highlighted } from '../../ui/highlighted';

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
    <a
      href={hrefFor({ view: 'list', event: event.id })}
      onClick={(ev) => {
        if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        onOpen(event.id);
      }}
    >
      <Highlighted text={event.title} terms={terms} />
    </a>
  );
}
