import { useMemo, useState } from 'react';
import type { Faction, HistoricalEvent } from '../../data/schemas';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { activityFor, MAX_ACTIVITY_EVENTS } from '../../state/activity-link';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import { EventCards } from './event-cards';
import { EventTable } from './event-table';
import { ListHandout } from './list-handout';
import { sortEvents, type ListSort } from './sort-events';
import './list-view.css';

export interface ListViewProps {
  events: readonly HistoricalEvent[];
  factions: readonly Faction[];
  terms: readonly string[];
}

const selectSelectedId = (s: AppState) => s.selectedId;
const open = (id: string) => useAppStore.getState().select(id);

/**
 * The filtered events as a table (cards on a phone): the screen-reader route through the timeline,
 * and, printed, a handout with every quotation and citation. Both table and cards are rendered;
 * CSS exposes one of them, so a phone turned sideways swaps them without losing the sort.
 */
/** A class activity on the events listed: offered where a link can carry them all. */
function ActivityLinkFor({ events }: { events: readonly HistoricalEvent[] }) {
  const ids = events.map((e) => e.id);
  const activity = activityFor(ids, ids.join(','));
  return (
    <p className="list-view__activity">
      <AppLink
        href={hrefFor({ view: 'activity', activity })}
        onNavigate={() => useAppStore.getState().navigate({ view: 'activity', activity })}
      >
        Make a class activity from these {events.length} events
      </AppLink>
    </p>
  );
}

export default function ListView({ events, factions, terms }: ListViewProps) {
  const selectedId = useAppStore(selectSelectedId);
  const [sort, setSort] = useState<ListSort>({ key: 'date', direction: 'ascending' });
  const factionsById = useMemo(() => new Map(factions.map((f) => [f.id, f])), [factions]);
  const sorted = useMemo(
    () => sortEvents(events, sort.key, sort.direction, (id) => factionsById.get(id)?.name ?? id),
    [events, sort, factionsById],
  );
  const shared = { events: sorted, factionsById, terms, selectedId, onOpen: open, sort, onSort: setSort };

  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title" className="list-view__title">
        Events <span className="list-view__count">({events.length})</span>
      </h2>
      {events.length > 1 && events.length <= MAX_ACTIVITY_EVENTS && <ActivityLinkFor events={sorted} />}
      {events.length === 0 ? (
        <p>No event matches these filters.</p>
      ) : (
        <>
          <EventTable {...shared} />
          <EventCards {...shared} />
        </>
      )}
      <ListHandout events={sorted} />
    </section>
  );
}
