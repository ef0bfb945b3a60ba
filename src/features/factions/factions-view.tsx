import type { CSSProperties } from 'react';
import { formatEventDate } from '../../dates';
import type { Faction, HistoricalEvent, Person } from '../../data/schemas';
import { NO_FILTERS } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { factionColour } from '../../ui/faction-colour';
import type { Positions } from '../../data/positions';
import { hrefFor } from '../../state/url';
import { usePositions } from '../../state/use-positions';
import { AppLink } from '../../ui/app-link';
import './factions-view.css';

export interface FactionsViewProps {
  events: readonly HistoricalEvent[];
  factions: readonly Faction[];
  people: readonly Person[];
}

/** A card shows only its faction's or person's events on the timeline, replacing other filters. */
const showFaction = (id: string) =>
  useAppStore.getState().navigate({ view: 'timeline', filters: { ...NO_FILTERS, factions: [id] } });
const showPerson = (id: string) =>
  useAppStore.getState().navigate({ view: 'timeline', filters: { ...NO_FILTERS, people: [id] } });

/** A faction's row of the compare matrix: how many questions it has a stance on, a link to read them. */
function MatrixRowLink({ faction, positions }: { faction: Faction; positions: Positions | null }) {
  if (!positions?.factions.includes(faction.id)) return null;
  const stances = positions.cells.filter((c) => c.faction === faction.id && c.stance).length;
  const focus = { kind: 'faction', id: faction.id } as const;
  return (
    <p className="card__matrix">
      <AppLink
        href={hrefFor({ view: 'compare', focus })}
        onNavigate={() => useAppStore.getState().navigate({ view: 'compare', focus })}
      >
        Stances on {stances} of {positions.questions.length} questions
        <span className="sr-only"> in the compare matrix: the {faction.name}</span>
      </AppLink>
    </p>
  );
}

/** One card per faction and per person; a card's button filters the timeline to it. */
export default function FactionsView({ events, factions, people }: FactionsViewProps) {
  const { positions } = usePositions();
  const eventsOfFaction = (id: string) => events.filter((e) => e.factions.includes(id)).length;
  const eventsOfPerson = (id: string) =>
    events.filter((e) => e.people.includes(id) || e.passages.some((p) => p.speaker === id)).length;
  const membersOf = (id: string) => people.filter((p) => p.factions.includes(id));
  const factionName = (id: string) => factions.find((f) => f.id === id)?.name ?? id;
  const shownPeople = people
    .map((p) => ({ person: p, count: eventsOfPerson(p.id) }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name));

  return (
    <div className="cards-view">
      <section aria-labelledby="factions-title">
        <h2 id="factions-title">Factions</h2>
        <ul className="cards">
          {factions.map((f) => {
            const count = eventsOfFaction(f.id);
            const members = membersOf(f.id);
            return (
              <li key={f.id} className="card" style={{ '--faction': factionColour(f) } as CSSProperties}>
                <h3 className="card__title">{f.name}</h3>
                <p className="card__meta">{formatEventDate(f)}</p>
                <p className="card__stance">{f.stance}</p>
                {members.length > 0 && (
                  <p className="card__members">
                    <span className="card__label">Members</span> {members.map((m) => m.name).join(', ')}
                  </p>
                )}
                <MatrixRowLink faction={f} positions={positions} />
                <button
                  type="button"
                  className="text-button"
                  disabled={count === 0}
                  onClick={() => showFaction(f.id)}
                >
                  {count === 0 ? 'No events' : `Show ${count} event${count === 1 ? '' : 's'}`}
                  <span className="sr-only"> of the {f.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <ul className="cards cards--people">
          {shownPeople.map(({ person, count }) => (
            <li key={person.id} className="card card--person">
              <h3 className="card__title">{person.name}</h3>
              <p className="card__meta">
                {person.born || person.died ? `${person.born ?? '?'}–${person.died ?? '?'}` : ''}
                {person.aliases.length > 0 && (
                  <span className="card__aliases"> also {person.aliases.join(', ')}</span>
                )}
              </p>
              <p className="card__stance">{person.role}</p>
              {person.factions.length > 0 && (
                <p className="card__members">
                  <span className="card__label">Factions</span> {person.factions.map(factionName).join(', ')}
                </p>
              )}
              <button type="button" className="text-button" onClick={() => showPerson(person.id)}>
                Show {count} event{count === 1 ? '' : 's'}
                <span className="sr-only"> with {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
