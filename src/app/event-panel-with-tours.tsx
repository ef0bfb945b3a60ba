import EventPanel, { type EventPanelProps } from '../features/event-panel/event-panel';
import { AddToTour } from '../features/tour-editor/add-to-tour';

/**
 * The event panel with the tour editor's "Add to tour" in it: two features, put together here
 * so that neither imports the other. One module, so both still load in one chunk when a reader
 * first opens an event.
 */
export default function EventPanelWithTours(panel: Omit<EventPanelProps, 'addToTour'>) {
  return (
    <EventPanel
      {...panel}
      addToTour={
        // Keyed by event, so a message about one event never lingers on the next.
        <AddToTour key={panel.event.id} event={panel.event} />
      }
    />
  );
}
